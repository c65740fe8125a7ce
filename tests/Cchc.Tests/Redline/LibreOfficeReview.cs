using Cchc.Tests.Support;

namespace Cchc.Tests.Redline;

/// <summary>
/// LibreOffice as the reviewer of a redline: opens a .docx hidden, accepts or rejects every tracked change
/// (the .uno:AcceptAllTrackedChanges / .uno:RejectAllTrackedChanges commands of Edit › Track Changes) and
/// exports what is left as PDF. A Basic macro in a private user profile does it headless: LibreOffice fills a
/// new profile on its first start, so the profile is initialised first and the macro written into it after.
/// </summary>
internal sealed class LibreOfficeReview : IDisposable
{
    private const string Macro = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
        <script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
        Sub Review(inUrl As String, outUrl As String, command As String)
          Dim load(0) As New com.sun.star.beans.PropertyValue
          load(0).Name = &quot;Hidden&quot;
          load(0).Value = True
          doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, load())
          dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
          dispatcher.executeDispatch(doc.CurrentController.Frame, command, &quot;&quot;, 0, Array())
          Dim store(0) As New com.sun.star.beans.PropertyValue
          store(0).Name = &quot;FilterName&quot;
          store(0).Value = &quot;writer_pdf_Export&quot;
          doc.storeToURL(outUrl, store())
          doc.close(True)
        End Sub
        </script:module>
        """;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly string _profile = Path.Combine(Path.GetTempPath(), "cchc-lo-review-" + Guid.NewGuid().ToString("N"));

    public LibreOfficeReview()
    {
        var (exit, stdout, stderr) = LibreOffice.Run("soffice", Timeout, "--headless", "--norestore", "--terminate_after_init", Profile);
        var module = Path.Combine(_profile, "user", "basic", "Standard", "Module1.xba");
        if (exit != 0 || !File.Exists(module))
        {
            throw new InvalidOperationException($"soffice did not set up its profile (exit {exit}):{Environment.NewLine}{stdout}{stderr}");
        }

        File.WriteAllText(module, Macro);
    }

    private string Profile => $"-env:UserInstallation={new Uri(_profile).AbsoluteUri}";

    /// <summary>The PDF of <paramref name="docx"/> once every change is accepted (or rejected), beside it.</summary>
    public string ToPdf(string docx, Resolution resolution)
    {
        var command = resolution == Resolution.RejectAll ? ".uno:RejectAllTrackedChanges" : ".uno:AcceptAllTrackedChanges";
        var pdf = Path.ChangeExtension(docx, resolution == Resolution.RejectAll ? ".rejected.pdf" : ".accepted.pdf");
        var call = $"macro:///Standard.Module1.Review(\"{new Uri(Path.GetFullPath(docx)).AbsoluteUri}\",\"{new Uri(Path.GetFullPath(pdf)).AbsoluteUri}\",\"{command}\")";
        var (exit, stdout, stderr) = LibreOffice.Run("soffice", Timeout, "--headless", "--norestore", Profile, call);
        if (exit != 0 || !File.Exists(pdf))
        {
            throw new InvalidOperationException($"soffice did not review {docx} (exit {exit}):{Environment.NewLine}{stdout}{stderr}");
        }

        return pdf;
    }

    public void Dispose()
    {
        if (Directory.Exists(_profile))
        {
            Directory.Delete(_profile, recursive: true);
        }
    }
}
