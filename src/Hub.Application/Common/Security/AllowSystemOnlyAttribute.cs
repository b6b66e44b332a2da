namespace Hub.Application.Common.Security;

/// <summary>Only the system actor (background jobs, the outbox and inbox) may send the request.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowSystemOnlyAttribute : Attribute;
