namespace Hub.Application.Common.Notifications;

/// <summary>A template rendered in one language: subject, plain text and the same text as simple HTML (values encoded).</summary>
public sealed record RenderedEmail(string Subject, string Text, string Html, string Culture);
