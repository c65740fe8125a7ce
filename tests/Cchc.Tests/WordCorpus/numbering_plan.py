"""Which typed labels a writer may replace by Word numbering: runs of sibling labels whose sequence Word's own
formats reproduce exactly (I. II. III., 1. 2. 3., a) b) c) in Latin order, (1). (2)., dashes and pluses).
Sequences Word cannot show as typed (đ, skipped or repeated letters, "2.1.") stay typed, so the displayed text
is the seed's in every flavour."""
from seed_parts import label_kind

RANK = ["roman", "decimal", "decimal2", "paren", "letter", "dash", "plus"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def value(kind, label):
    core = label.strip("().")
    if kind == "roman":
        return ROMAN.index(core) + 1 if core in ROMAN else None
    if kind in ("decimal", "paren"):
        return int(core)
    if kind == "letter":
        return ord(core) - ord("a") + 1 if "a" <= core <= "z" else None
    return None


def lists(blocks):
    """Groups the labelled paragraphs of `blocks` into sibling lists: [(kind, [block index, …])]."""
    out, open_lists = [], {}
    for i, b in enumerate(blocks):
        if b["kind"] in ("landscape", "signature", "tasks", "letterhead"):
            open_lists = {}
            continue
        kind = label_kind(b.get("label", ""))
        if not kind:
            continue
        rank = RANK.index(kind)
        for k in list(open_lists):
            if RANK.index(k) > rank:
                del open_lists[k]
        if kind not in open_lists:
            open_lists[kind] = (kind, [])
            out.append(open_lists[kind])
        open_lists[kind][1].append(i)
    return out


def numbered(blocks):
    """{block index: (list number, kind, start)} for the lists Word numbering can display unchanged."""
    plan = {}
    for n, (kind, members) in enumerate(lists(blocks)):
        if kind == "decimal2":
            continue
        if kind in ("dash", "plus"):
            plan.update({i: (n, kind, 1) for i in members})
            continue
        values = [value(kind, blocks[i]["label"]) for i in members]
        if kind == "paren" and len({blocks[i]["label"].endswith(".") for i in members}) != 1:
            continue
        if values[0] is not None and values == list(range(values[0], values[0] + len(values))):
            plan.update({i: (n, kind, values[0]) for i in members})
    return plan


def lvl_text(kind, label):
    return {"roman": "%1.", "decimal": "%1.", "letter": "%1)", "dash": "-", "plus": "+",
            "paren": "(%1)." if label.endswith(".") else "(%1)"}[kind]


def num_format(kind):
    return {"roman": "upperRoman", "decimal": "decimal", "letter": "lowerLetter", "paren": "decimal",
            "dash": "bullet", "plus": "bullet"}[kind]
