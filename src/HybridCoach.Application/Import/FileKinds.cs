using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace HybridCoach.Application.Import;

/// <summary>
/// The kind of file a path names, by type and not by reported size (issue 15 item 7; OWASP File Upload Cheat Sheet:
/// accept regular files only): a FIFO blocks a reader forever and /dev/zero never ends, yet both report a length of
/// 0 and .NET's attributes call them "Normal". On Linux the type comes from stat(2)'s st_mode (S_IFMT bits, POSIX
/// &lt;sys/stat.h&gt;), which follows symbolic links, so a link to a device is a device. st_mode sits at byte 24 of
/// struct stat on x86-64 and at byte 16 on arm64 (the kernel's asm/stat.h and asm-generic/stat.h). Elsewhere (or if
/// stat cannot be called) a file that exists is taken as regular, and the size bound on every read still holds.
/// </summary>
public static class FileKinds
{
    private const uint TypeMask = 0xF000;   // S_IFMT

    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) return FileKind.Directory;
        if (!File.Exists(path)) return FileKind.Missing;
        return Mode(path) is { } mode ? KindOf(mode & TypeMask) : FileKind.Regular;
    }

    /// <summary>A reason to refuse <paramref name="path"/>, or null for a regular file.</summary>
    public static string? NotRegularReason(string path) => Of(path) switch
    {
        FileKind.Regular => null,
        FileKind.Missing => "no such file",
        FileKind.Directory => "is a folder",
        FileKind.Fifo => "is a named pipe (FIFO), not a regular file; only regular files are read",
        FileKind.CharacterDevice or FileKind.BlockDevice => "is a device, not a regular file; only regular files are read",
        FileKind.Socket => "is a socket, not a regular file; only regular files are read",
        _ => "is not a regular file; only regular files are read",
    };

    private static FileKind KindOf(uint type) => type switch
    {
        0x8000 => FileKind.Regular,          // S_IFREG
        0x4000 => FileKind.Directory,        // S_IFDIR
        0x1000 => FileKind.Fifo,             // S_IFIFO
        0x2000 => FileKind.CharacterDevice,  // S_IFCHR
        0x6000 => FileKind.BlockDevice,      // S_IFBLK
        0xC000 => FileKind.Socket,           // S_IFSOCK
        _ => FileKind.Unknown,
    };

    private static uint? Mode(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var offset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (offset < 0) return null;
        var buffer = new byte[256];   // struct stat is 144 bytes on x86-64 and 128 on arm64
        try
        {
            return Native.Stat(path, buffer) == 0 ? BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(offset)) : null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    private static class Native
    {
        // glibc 2.33 and later export stat itself (earlier ones only __xstat).
        [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
    }
}
