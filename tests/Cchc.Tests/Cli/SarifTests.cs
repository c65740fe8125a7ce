using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cchc.Model;
using Cchc.Tests.Support;
using Xunit;

namespace Cchc.Tests.Cli;

/// <summary>
/// <c>cchc validate --format sarif</c> against the official SARIF 2.1.0 schema: percent-encoded URI references
/// relative to %SRCROOT% or absolute file:/// URIs that decode back to the plan's path, and the driver's metadata.
/// </summary>
public partial class SarifTests
{
    /// <summary>Every character class a file name can hold that a URI must encode: ASCII punctuation (a backslash
    /// is a letter on Unix), every Vietnamese letter in both cases, a letter outside the BMP.</summary>
    private static readonly string[] NameParts =
    [
        " #%?&;=+,$!'()*@[]{}^`|~<>\"", OperatingSystem.IsWindows() ? "" : "\\:",
        "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
        "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ",
        "𝕂ế hoạch 😀",
    ];

    [Fact]
    public void A_plan_in_a_vietnamese_folder_with_spaces_gives_valid_sarif_with_relative_and_absolute_uris()
    {
        var root = Directory.CreateTempSubdirectory("cchc-sarif-").FullName;
        try
        {
            var plan = Path.Combine(root, "kế hoạch", "phường Hải Dương 2026.yaml");
            Directory.CreateDirectory(Path.GetDirectoryName(plan)!);
            File.Copy(Inputs.UnknownAgency, plan);
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, plan);
            Assert.False(Path.IsPathRooted(relative));

            foreach (var given in new[] { plan, relative })
            {
                var (log, uris) = Sarif(given);
                Assert.Contains(JsonNode.Parse(log)!["runs"]![0]!["results"]!.AsArray(), r => r!["ruleId"]!.GetValue<string>() == "E004");
                Assert.All(uris, u => Assert.Equal(Path.GetFullPath(plan), u));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Every_character_class_of_a_file_name_round_trips_through_the_uri()
    {
        var root = Directory.CreateTempSubdirectory("cchc-sarif-names-").FullName;
        try
        {
            var files = NameParts.Where(p => p.Length > 0)
                .SelectMany(part => part.EnumerateRunes().Chunk(12).Select(runes => string.Concat(runes.Select(r => r.ToString()))))
                .Select((name, i) => Path.Combine(root, $"{i:D2} {name}.yaml"))
                .ToList();
            foreach (var f in files)
            {
                File.Copy(Inputs.UnknownAgency, f);
            }

            foreach (var given in new[] { root, Path.GetRelativePath(Environment.CurrentDirectory, root) })
            {
                var (_, uris) = Sarif(given);
                Assert.Equal(files.Order(StringComparer.Ordinal), uris.Distinct().Order(StringComparer.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_driver_has_version_information_uri_and_the_metadata_of_every_catalog_rule()
    {
        var (log, _) = Sarif(Inputs.UnknownAgency);
        var driver = JsonNode.Parse(log)!["runs"]![0]!["tool"]!["driver"]!;
        var version = typeof(Cchc.Cli.CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(version, driver["version"]!.GetValue<string>());
        Assert.Equal(version, driver["semanticVersion"]!.GetValue<string>());
        Assert.True(Uri.TryCreate(driver["informationUri"]!.GetValue<string>(), UriKind.Absolute, out var home) && home.Scheme == "https");

        var rules = driver["rules"]!.AsArray().ToDictionary(r => r!["id"]!.GetValue<string>(), r => r!);
        Assert.Equal(DiagnosticCatalog.All.Select(c => c.Code), rules.Keys);
        foreach (var code in DiagnosticCatalog.All)
        {
            var rule = rules[code.Code];
            Assert.Equal(code.Description.Vi, rule["shortDescription"]!["text"]!.GetValue<string>());
            Assert.StartsWith(code.Description.Vi, rule["fullDescription"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(code.Severity == Severity.Error ? "error" : "warning", rule["defaultConfiguration"]!["level"]!.GetValue<string>());
            Assert.True(Uri.IsWellFormedUriString(rule["helpUri"]!.GetValue<string>(), UriKind.Absolute));
        }
    }

    [Fact]
    public void Rule_metadata_follows_lang()
    {
        var run = CliRun.Of("validate", "--format", "sarif", "--lang", "en", Inputs.UnknownAgency);
        Assert.Empty(SchemaCheck.Sarif.Validate(run.Out));
        var e004 = JsonNode.Parse(run.Out)!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "E004")!;
        Assert.Equal(DiagnosticCatalog.E004.Description.En, e004["shortDescription"]!["text"]!.GetValue<string>());
        Assert.EndsWith("fail with exit code 1.", e004["fullDescription"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_checks_reject_a_log_as_cchc_used_to_write_it()
    {
        var (log, _) = Sarif(Inputs.UnknownAgency);
        var broken = JsonNode.Parse(log)!;
        broken["runs"]![0]!["results"]![0]!["level"] = "fatal";
        broken["runs"]![0]!["tool"]!["driver"]!["informationUri"] = "kế hoạch/phường Hải Dương 2026.yaml";
        var errors = SchemaCheck.Sarif.Validate(broken);
        Assert.Contains(errors, e => e.Contains("/level", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("/informationUri", StringComparison.Ordinal));
        Assert.DoesNotMatch(UriReference(), "kế hoạch/phường Hải Dương 2026.yaml");
        Assert.DoesNotMatch(UriReference(), "100%.yaml");
    }

    /// <summary>
    /// Runs <c>validate --format sarif</c> on <paramref name="path"/>, checks the log against the official
    /// schema and every URI against RFC 3986's grammar, and returns each result's location as a decoded path.
    /// </summary>
    internal static (string Log, List<string> Paths) Sarif(string path)
    {
        var run = CliRun.Of("validate", "--format", "sarif", path);
        Assert.True(run.Exit is 0 or 1, run.All);
        Assert.Empty(SchemaCheck.Sarif.Validate(run.Out));
        var sarifRun = JsonNode.Parse(run.Out)!["runs"]![0]!;
        var bases = sarifRun["originalUriBaseIds"]?.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!["uri"]!.GetValue<string>()) ?? [];
        foreach (var b in bases.Values)
        {
            Assert.Matches(UriReference(), b);
            Assert.True(b.StartsWith("file:///", StringComparison.Ordinal) && b.EndsWith('/'), b);
        }

        var paths = new List<string>();
        foreach (var result in sarifRun["results"]!.AsArray())
        {
            var location = result!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
            var uri = location["uri"]!.GetValue<string>();
            Assert.Matches(UriReference(), uri);
            var baseId = location["uriBaseId"]?.GetValue<string>();
            Assert.Equal(Path.IsPathRooted(path), baseId is null);
            var absolute = baseId is null ? new Uri(uri) : new Uri(new Uri(bases[baseId]), uri);
            Assert.True(absolute.IsFile, uri);
            paths.Add(Uri.UnescapeDataString(absolute.AbsolutePath));
        }

        return (run.Out, paths);
    }

    /// <summary>An RFC 3986 URI reference made only of unreserved, reserved and percent-encoded characters.</summary>
    [GeneratedRegex(@"^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-F]{2})*$")]
    private static partial Regex UriReference();
}
