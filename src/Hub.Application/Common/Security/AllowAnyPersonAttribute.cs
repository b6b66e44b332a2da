namespace Hub.Application.Common.Security;

/// <summary>Any signed-in person may send the request (not a partner key); the handler decides what they see.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnyPersonAttribute : Attribute;
