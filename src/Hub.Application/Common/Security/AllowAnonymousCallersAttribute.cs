namespace Hub.Application.Common.Security;

/// <summary>Anyone may send the request, signed in or not (sign-in, registration, the public list of intakes).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnonymousCallersAttribute : Attribute;
