namespace Hub.Application.Common.Exceptions;

/// <summary>No or wrong credentials: HTTP 401.</summary>
public sealed class UnauthenticatedException(string message) : Exception(message);
