namespace HybridCoach.Application.Decisions;

/// <summary>
/// Cohen's kappa of a square confusion matrix: κ = (p_o − p_e) / (1 − p_e), with p_o the observed agreement
/// (diagonal / n) and p_e the agreement expected by chance (Σ row_k · column_k / n²) (Cohen 1960, Educ Psychol
/// Meas 20:37–46). Null when undefined: no pairs, or p_e = 1 (both raters used one and the same category only).
/// </summary>
public static class CohensKappa
{
    public static double? Compute(int[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var k = matrix.GetLength(0);
        if (matrix.GetLength(1) != k) throw new ArgumentException("the confusion matrix must be square", nameof(matrix));
        double n = 0, diagonal = 0, chance = 0;
        var rows = new double[k];
        var columns = new double[k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                rows[i] += matrix[i, j];
                columns[j] += matrix[i, j];
                n += matrix[i, j];
            }
            diagonal += matrix[i, i];
        }
        if (n == 0) return null;
        for (var i = 0; i < k; i++) chance += rows[i] * columns[i];
        var observed = diagonal / n;
        var expected = chance / (n * n);
        return expected >= 1 ? null : (observed - expected) / (1 - expected);
    }
}
