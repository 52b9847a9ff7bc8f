namespace HybridCoach.Application.Import;

/// <summary>What a path is on disk (after following symbolic links): only <see cref="Regular"/> files are ever read.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Unknown,
}
