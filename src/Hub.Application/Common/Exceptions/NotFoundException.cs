namespace Hub.Application.Common.Exceptions;

/// <summary>No such resource, or one the caller may not see: HTTP 404.</summary>
public sealed class NotFoundException(string resource, object id)
    : Exception($"{resource} '{id}' was not found.")
{
    public string Resource { get; } = resource;
}
