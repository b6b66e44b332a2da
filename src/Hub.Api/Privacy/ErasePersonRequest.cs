using System.ComponentModel;

namespace Hub.Api.Privacy;

public sealed record ErasePersonRequest([property: Description("Why the person is erased (their request, say); kept in the erasure log. At most 1000 characters.")] string Reason);
