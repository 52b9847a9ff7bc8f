using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Performance;

/// <summary>What `coach predict` answers: the VDOT of a performance, equivalent times by each method, and Daniels' training paces.</summary>
public sealed record RacePredictionReport(
    Distance Distance,
    Duration Time,
    double Vdot,
    IReadOnlyList<RacePrediction> Predictions,
    TrainingPaces Paces);
