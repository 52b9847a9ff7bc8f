namespace HybridCoach.Formats.Fit.Reading;

/// <summary>
/// A readable device string from file_id (the file's creator), falling back to the creator's device_info
/// (device_index 0): manufacturer name plus product name when stated, else the product number.
/// </summary>
internal static class FitDeviceName
{
    public static string? Describe(IReadOnlyList<FitMessage> fileIds, IReadOnlyList<FitMessage> deviceInfos)
    {
        if (fileIds.Count == 0) return null;
        var fileId = fileIds[0];
        FitMessage? creator = null;
        foreach (var device in deviceInfos)
        {
            if (device.GetDouble("device_index") != 0) continue;
            creator = device;
            break;
        }
        var manufacturer = fileId.GetDouble("manufacturer") ?? creator?.GetDouble("manufacturer");
        var productName = fileId.GetString("product_name") ?? creator?.GetString("product_name");
        var product = fileId.GetDouble("product") ?? creator?.GetDouble("product");
        if (manufacturer is null && productName is null && product is null) return null;
        var maker = manufacturer is null ? null : FitManufacturers.Name((long)manufacturer);
        var model = productName ?? (product is null ? null : $"product {product}");
        return string.Join(' ', new[] { maker, model }.Where(s => !string.IsNullOrEmpty(s)));
    }
}
