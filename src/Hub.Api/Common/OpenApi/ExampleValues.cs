namespace Hub.Api.Common.OpenApi;

/// <summary>The ids and moments the example catalogues share, so that one example's ids meet in the next (an intake's id in an application).</summary>
internal static class ExampleValues
{
    public static readonly Guid IntakeId = Guid.Parse("0193a4d2-7c1e-7b3a-9f10-2d6e8c4b1a01");
    public static readonly Guid ProgrammeApplicationId = Guid.Parse("0193a4d5-11aa-7e42-8c3d-5b9f0e7a2c02");
    public static readonly Guid FounderUserId = Guid.Parse("0193a4c9-e2f0-7d15-a4b8-3c7d1e9f5a03");
    public static readonly Guid ManagerUserId = Guid.Parse("0193a4b0-5d3c-7a91-b2e6-8f4a0c1d7e04");
    public static readonly Guid PartnerKeyId = Guid.Parse("0193a4e1-9b7d-7c20-8e5f-1a3b6d9c0f05");
    public static readonly Guid MentorId = Guid.Parse("0193a4e8-3f21-7b64-9d0a-6c8e2b5f1a06");
    public static readonly Guid MentorshipId = Guid.Parse("0193a4f0-8a4c-7e13-b7d2-4f1a9c6e3b07");
    public static readonly Guid MatchingRunId = Guid.Parse("0193a4ee-2b9f-7a58-8c61-7d3e0a4f2c08");
    public static readonly Guid CallId = Guid.Parse("0193a500-6e2d-7f49-a3b1-9c5d8e0f4a09");
    public static readonly Guid ProposalId = Guid.Parse("0193a505-4c8b-7d36-9e2f-0b7a1c3d5e10");
    public static readonly Guid EvaluatorUserId = Guid.Parse("0193a4b4-7f1e-7c82-a5d3-2e9b6f0c8d11");
    public static readonly Guid GrantId = Guid.Parse("0193a510-9d3a-7b27-8f4e-5c1b0a6d2e12");
    public static readonly Guid DemoDayId = Guid.Parse("0193a520-1a6f-7e95-b3c8-7d2f4e9a0b13");
    public static readonly Guid PitchId = Guid.Parse("0193a522-5e8d-7a14-9b6c-3f0e1d7a4c14");
    public static readonly Guid JudgeUserId = Guid.Parse("0193a4b8-2c5a-7d69-8e1f-6a4d9b3c0e15");
    public static readonly Guid TrainingModuleId = Guid.Parse("0193a400-3b7e-7c51-a9d2-8e6f1c4b0a16");
    public static readonly Guid TopicId = Guid.Parse("0193a401-8d2c-7f36-b4e9-0a5c7d3e1f17");
    public static readonly Guid ProgrammeId = Guid.Parse("0193a530-6f4b-7a82-9c1d-2e8b5f0a3d18");
    public static readonly Guid SessionId = Guid.Parse("0193a533-0c9e-7d47-8a3f-4b6e2d1c9f19");
    public static readonly Guid TrainerUserId = Guid.Parse("0193a4ba-4e6d-7b13-a2f8-9c0d5e7b1a20");
    public static readonly Guid AdminUserId = Guid.Parse("0193a4ac-1f7b-7e30-9d4a-5b2c8e6f0a21");
    public static readonly Guid WebhookId = Guid.Parse("0193a540-7c2e-7a19-b6d4-1e8f3a5c9b22");
    public static readonly Guid DeliveryId = Guid.Parse("0193a541-3a9d-7f64-8b1e-6c0d2f7a4e23");
    public static readonly Guid WebhookEventId = Guid.Parse("0193a53f-9e4b-7d28-a7c3-0f5b1d8e2a24");
    public static readonly Guid ErasureLogId = Guid.Parse("0193a550-2d8f-7b46-9a1c-4e7b0c3f6d25");

    /// <summary>The intake of spring 2026: open from 1 March to 15 April, Ulaanbaatar time (UTC+8).</summary>
    public static readonly DateTimeOffset IntakeOpens = new(2026, 2, 28, 16, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset IntakeCloses = new(2026, 4, 15, 15, 59, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Created = new(2026, 3, 2, 1, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Submitted = new(2026, 3, 9, 3, 12, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Decided = new(2026, 4, 20, 2, 0, 0, TimeSpan.Zero);
}
