namespace Hub.Application.Common.Exceptions;

/// <summary>A duplicate or a stale version: HTTP 409.</summary>
public sealed class ConflictException(string message) : Exception(message);
