namespace Cchc.Pipeline;

/// <summary>Why a file could not be read or written, in words a clerk understands instead of .NET's English text.</summary>
public static class IoReason
{
    public static (string Vi, string En) Of(Exception error, string path) => error switch
    {
        UnauthorizedAccessException => ("không có quyền truy cập", "permission denied"),
        IOException when Directory.Exists(path) => ("đã có một thư mục trùng tên", "a folder has that name"),
        DirectoryNotFoundException => ("thư mục không có hoặc một phần đường dẫn là tệp", "the folder does not exist or part of the path is a file"),
        FileNotFoundException => ("tệp không còn ở đó", "the file is no longer there"),
        PathTooLongException => ("đường dẫn quá dài", "the path is too long"),
        IOException io when (io.HResult & 0xFFFF) is 28 or 112 => ("ổ đĩa đã đầy", "the disk is full"),
        _ => ("lỗi vào/ra của hệ điều hành", "operating system I/O error"),
    };
}
