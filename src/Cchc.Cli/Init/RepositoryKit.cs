using Cchc.Yaml;

namespace Cchc.Cli.Init;

/// <summary>The files <c>cchc init</c> writes, by path relative to the repository folder ("/"-separated).</summary>
internal static class RepositoryKit
{
    public const string SchemaPath = "schema/cchc-plan.schema.json";
    public const string WorkflowPath = ".github/workflows/cchc.yml";
    public const string VsCodeSettingsPath = ".vscode/settings.json";

    public static IReadOnlyList<(string Path, string Text)> Files(IssuingUnit unit, int year) =>
    [
        ($"plans/{StarterPlan.FileName(unit, year)}", StarterPlan.Text(unit, year)),
        (SchemaPath, JsonSchemaWriter.Write()),
        (".gitattributes", GitAttributes),
        (WorkflowPath, Workflow),
        (VsCodeSettingsPath, VsCodeSettings),
        (".vscode/extensions.json", VsCodeExtensions),
        ("README.md", Readme(unit, year)),
    ];

    /// <summary>The diff driver named <c>cchc</c>, as in docs/git-diff-driver.md; its command is set per clone with git config.</summary>
    public const string GitAttributes = """
        # Tệp kế hoạch: UTF-8, xuống dòng LF; git diff dùng cchc diff (bật bằng: git config diff.cchc.command "cchc diff --git").
        plans/**/*.yaml text eol=lf diff=cchc
        plans/**/*.yml text eol=lf diff=cchc
        *.docx binary
        *.pdf binary

        """;

    /// <summary>
    /// Validate as annotations (the step that fails the run), the same findings as SARIF for code scanning
    /// (exit 1 there means findings, already reported; any other failure stops the step), then build the documents.
    /// </summary>
    public const string Workflow = """
        # Kiểm tra và soạn văn bản kế hoạch cải cách hành chính bằng cchc ở mỗi lần đẩy và mỗi pull request.
        name: cchc
        on:
          push:
          pull_request:
          workflow_dispatch:
        permissions:
          contents: read
          security-events: write
        jobs:
          cchc:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: "10.0.x"
              - name: Cài cchc
                # CCHC_FEED (biến của kho, không bắt buộc): nguồn gói NuGet có Cchc.Tool, nếu gói chưa có trên nuget.org.
                env:
                  CCHC_FEED: ${{ vars.CCHC_FEED }}
                run: |
                  dotnet tool install -g Cchc.Tool ${CCHC_FEED:+--add-source "$CCHC_FEED"}
                  echo "$HOME/.dotnet/tools" >> "$GITHUB_PATH"
              - name: Kiểm tra kế hoạch
                run: cchc validate plans --format github
              - name: Kết quả kiểm tra dạng SARIF
                if: ${{ !cancelled() }}
                run: cchc validate plans --format sarif > cchc.sarif || test $? -eq 1
              - name: Gửi kết quả lên GitHub code scanning
                if: ${{ !cancelled() && hashFiles('cchc.sarif') != '' }}
                uses: github/codeql-action/upload-sarif@v3
                with:
                  sarif_file: cchc.sarif
                  category: cchc
              - name: Soạn văn bản
                run: cchc build plans -o out
              - name: Lưu văn bản đã soạn
                uses: actions/upload-artifact@v4
                with:
                  name: van-ban
                  path: out/

        """;

    public const string VsCodeSettings = """
        {
          "yaml.schemas": {
            "./schema/cchc-plan.schema.json": ["plans/**/*.yaml", "plans/**/*.yml"]
          },
          "files.encoding": "utf8",
          "files.eol": "\n",
          "[yaml]": {
            "editor.insertSpaces": true,
            "editor.tabSize": 2
          }
        }

        """;

    public const string VsCodeExtensions = """
        {
          "recommendations": ["redhat.vscode-yaml"]
        }

        """;

    private static string Readme(IssuingUnit unit, int year) => $$"""
        # Kế hoạch cải cách hành chính {{unit.Full}}

        Thư mục này chứa các kế hoạch cải cách hành chính của {{unit.Full}}, viết bằng YAML. Công cụ **cchc** kiểm tra
        kế hoạch và soạn ra các văn bản chính thức (.docx): **Quyết định** ban hành kế hoạch, **Kế hoạch** và các
        **Phụ lục**, đúng thể thức Nghị định 30/2020/NĐ-CP.

        | tệp, thư mục | dùng để |
        |---|---|
        | `plans/` | các kế hoạch, mỗi kế hoạch một tệp `.yaml` (bắt đầu từ `plans/{{StarterPlan.FileName(unit, year)}}`) |
        | `schema/cchc-plan.schema.json` | lược đồ để trình soạn thảo gợi ý và báo lỗi khi gõ |
        | `.github/workflows/cchc.yml` | GitHub tự kiểm tra và soạn văn bản mỗi khi có thay đổi |
        | `.vscode/` | cài đặt cho VS Code |
        | `.gitattributes` | để `git diff` so sánh kế hoạch theo nội dung (nhiệm vụ, chỉ tiêu) |

        ## Cài cchc

        Cần .NET SDK 10. Cài một lần trên mỗi máy:

        ```
        dotnet tool install -g Cchc.Tool
        ```

        ## Kiểm tra kế hoạch

        ```
        cchc validate plans
        ```

        Mỗi lỗi được báo kèm tên tệp, dòng, cột và mã lỗi, ví dụ `plans/x.yaml(25,17): lỗi E006: không hiểu thời hạn …`.
        Lỗi phải sửa trước khi soạn văn bản; cảnh báo (ví dụ W107: chưa có số, ngày ký, tên người ký) là nhắc việc,
        không chặn việc soạn bản dự thảo. Thêm `--strict` để cảnh báo cũng bị coi là lỗi trước khi trình ký.

        ## Soạn văn bản

        ```
        cchc build plans -o out
        ```

        Các tệp `.docx` được ghi vào thư mục `out/`: `<tên-kế-hoạch>-quyet-dinh.docx` và `<tên-kế-hoạch>-ke-hoach.docx`
        (Kế hoạch kèm Phụ lục). Thêm `--pdf` để có bản PDF (cần LibreOffice). Khi đẩy lên GitHub, mục **Actions**
        soạn sẵn các văn bản này (tệp `van-ban` ở cuối trang của lần chạy), và lỗi hiện ngay trên dòng có lỗi.

        ## Kế hoạch năm sau

        ```
        cchc next-year plans/{{StarterPlan.FileName(unit, year)}}
        ```

        tạo bản nháp năm sau từ kế hoạch năm nay và liệt kê những chỗ cần người xem lại.

        ## So sánh hai phiên bản bằng git diff

        Bật một lần trên mỗi máy (hoặc mỗi bản sao của thư mục):

        ```
        git config diff.cchc.command "cchc diff --git"
        ```

        Sau đó `git diff` cho biết nhiệm vụ, chỉ tiêu nào được thêm, bỏ, sửa, thay vì so từng dòng. Xem lịch sử:
        `git log -p --ext-diff -- plans/`. So sánh hai tệp bất kỳ: `cchc diff cu.yaml moi.yaml`.

        ## Soạn thảo bằng VS Code

        1. Mở thư mục này trong VS Code (File → Open Folder).
        2. Cài tiện ích **YAML** của Red Hat (VS Code tự gợi ý khi mở thư mục).
        3. Mở một tệp trong `plans/`: khi gõ, VS Code gợi ý tên khóa kèm giải thích tiếng Việt và gạch đỏ chỗ sai
           (ví dụ thời hạn "Quí I/2026" hay tháng 13). Dòng đầu mỗi kế hoạch phải giữ nguyên:
           `# yaml-language-server: $schema=../schema/cchc-plan.schema.json`.

        Khi cập nhật cchc, ghi lại lược đồ: `cchc schema > schema/cchc-plan.schema.json`.

        """;
}
