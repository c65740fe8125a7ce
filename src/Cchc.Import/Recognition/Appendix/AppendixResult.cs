using Cchc.Import.Output;

namespace Cchc.Import.Recognition.Appendix;

/// <summary>
/// What the Phụ lục parts give the plan: the <c>appendices</c> list, the <c>agencies:</c> registry (agencies
/// the body named included) and the <c>areas:</c> settings the task groups need.
/// </summary>
public sealed record AppendixResult(YSeq Appendices, YMap Agencies, YMap Areas);
