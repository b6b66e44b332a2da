namespace Hub.Application.Common.Exceptions;

/// <summary>A duplicate or a stale version: HTTP 409.</summary>
/// <param name="staleVersion">True when the change was made from a stale copy (If-Match or a form's version), so a page can say so in the reader's language.</param>
public sealed class ConflictException(string message, bool staleVersion = false) : Exception(message)
{
    public bool IsStaleVersion { get; } = staleVersion;
}
