using Cchc.Model;
using FluentValidation;
using FluentValidation.Results;

namespace Cchc.Validation;

/// <summary>The rules of the plan format (§11) over a loaded package: E002–E016 and W101–W114.</summary>
public static class PlanValidator
{
    private static readonly RuleSet Rules = new();

    public static IReadOnlyList<Diagnostic> Validate(Package package)
    {
        var result = Rules.Validate(new PlanIndex(package));
        return result.Errors.Select(e => (Diagnostic)e.CustomState)
            .OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
    }

    private sealed class RuleSet : AbstractValidator<PlanIndex>
    {
        public RuleSet()
        {
            Add(IdentityRules.Codes);
            Add(IdentityRules.DuplicateIds);
            Add(IdentityRules.UnknownAgencies);
            Add(IdentityRules.UnknownAreas);
            Add(IdentityRules.UnusedAgencies);
            Add(DeadlineRules.Check);
            Add(StructureRules.AreaOrder);
            Add(StructureRules.TypedNumbering);
            Add(StructureRules.Labels);
            Add(StructureRules.Coverage);
            Add(StructureRules.AppendixMentions);
            Add(StructureRules.FundingAndImplementation);
            Add(PackageRules.Articles);
            Add(PackageRules.Completeness);
            Add(PackageRules.DraftMarkers);
            Add(TextRules.Targets);
            Add(TextRules.Hygiene);
            Add(TextRules.ShortNames);
            Add(LeadershipRules.Check);
        }

        private void Add(Func<PlanIndex, IEnumerable<Diagnostic>> rule) =>
            RuleFor(ix => ix).Custom((ix, context) =>
            {
                foreach (var d in rule(ix))
                {
                    context.AddFailure(new ValidationFailure(d.Code, d.Message.Vi)
                    {
                        CustomState = d,
                        Severity = d.IsError ? FluentValidation.Severity.Error : FluentValidation.Severity.Warning,
                        ErrorCode = d.Code,
                    });
                }
            });
    }
}
