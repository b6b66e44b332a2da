// Hangfire keeps its log provider and job storage in process-wide statics, which the last host to start takes
// over. Two test hosts alive at once (the shared one and the strict login-limit one) would leave one host
// logging through the other's disposed logger factory, so test collections here run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
