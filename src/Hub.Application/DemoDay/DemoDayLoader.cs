using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Domain.DemoDay.Editions;

namespace Hub.Application.DemoDay;

internal static class DemoDayLoader
{
    public static async Task<DemoDayEdition> GetAsync(this IReadRepository<DemoDayEdition> days, Guid id, CancellationToken cancellationToken) =>
        await days.GetByIdAsync(DemoDayEditionId.From(id), cancellationToken) ?? throw new NotFoundException("Demo Day", id);

    public static async Task<DemoDayEdition> GetAsync(this IRepository<DemoDayEdition> days, Guid id, CancellationToken cancellationToken) =>
        await days.GetByIdAsync(DemoDayEditionId.From(id), cancellationToken) ?? throw new NotFoundException("Demo Day", id);

    public static Pitch PitchOf(this DemoDayEdition day, Guid pitchId) =>
        day.FindPitch(pitchId) ?? throw new NotFoundException("Pitch", pitchId);
}
