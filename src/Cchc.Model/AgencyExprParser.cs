namespace Cchc.Model;

public static class AgencyExprParser
{
    /// <summary>A bare code, a template with {code} placeholders, or literal text (§4).</summary>
    public static AgencyExpr Parse(string text, SourceSpan span)
    {
        if (Identifiers.IsCode(text))
        {
            return new AgencyExpr(AgencyExprForm.Code, [new AgencyPart(true, text)], text, span);
        }

        var parts = new List<AgencyPart>();
        var i = 0;
        var literalStart = 0;
        while (i < text.Length)
        {
            var close = text[i] == '{' ? text.IndexOf('}', i + 1) : -1;
            if (close > i && Identifiers.IsCode(text[(i + 1)..close]))
            {
                if (i > literalStart)
                {
                    parts.Add(new AgencyPart(false, text[literalStart..i]));
                }

                parts.Add(new AgencyPart(true, text[(i + 1)..close]));
                i = close + 1;
                literalStart = i;
                continue;
            }

            i++;
        }

        if (literalStart < text.Length)
        {
            parts.Add(new AgencyPart(false, text[literalStart..]));
        }

        var form = parts.Any(p => p.IsCode) ? AgencyExprForm.Template : AgencyExprForm.Literal;
        return new AgencyExpr(form, parts, text, span);
    }
}
