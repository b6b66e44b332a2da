using Hub.Application.Common.Security;
using Hub.Application.Privacy.Queries.ExportPersonalData;
using Mediator;

namespace Hub.Application.Privacy.Queries.ExportMyPersonalData;

/// <summary>The signed-in person's own data, whatever their role: the GDPR's right of access.</summary>
[AllowAnyPerson]
public sealed record ExportMyPersonalDataQuery : IQuery<PrivacyPersonalDataDto>;
