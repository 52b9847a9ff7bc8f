namespace HybridCoach.Domain.Athletes;

/// <summary>Which side of the body an injury is on; <see cref="Central"/> for midline sites (lower back).</summary>
public enum BodySide
{
    Left,
    Right,
    Both,
    Central,
}
