using static HybridCoach.Formats.Fit.Profile.FitFieldKind;

namespace HybridCoach.Formats.Fit.Profile;

/// <summary>
/// File, device, developer-data and workout messages of the FIT Profile (Messages sheet): file_id,
/// file_creator, device_info, developer_data_id, field_description, sport, workout, workout_step.
/// </summary>
internal static class FitDeviceMessageProfiles
{
    private static FitFieldProfile F(byte n, string name, double scale = 1, double offset = 0, string? units = null,
        FitFieldKind kind = Number) => new(n, name, scale, offset, units, kind);

    public static readonly FitMessageProfile FileId = new(FitMessageNumbers.FileId, "file_id",
        F(0, "type", kind: Choice), F(1, "manufacturer", kind: Choice), F(2, "product"), F(3, "serial_number"),
        F(4, "time_created", kind: Date), F(5, "number"), F(8, "product_name", kind: Text));

    public static readonly FitMessageProfile FileCreator = new(FitMessageNumbers.FileCreator, "file_creator",
        F(0, "software_version"), F(1, "hardware_version"));

    public static readonly FitMessageProfile DeviceInfo = new(FitMessageNumbers.DeviceInfo, "device_info",
        F(253, "timestamp", units: "s", kind: Date), F(0, "device_index"), F(1, "device_type"),
        F(2, "manufacturer", kind: Choice), F(3, "serial_number"), F(4, "product"), F(5, "software_version", 100),
        F(6, "hardware_version"), F(7, "cum_operating_time", units: "s"), F(10, "battery_voltage", 256, units: "V"),
        F(11, "battery_status", kind: Choice), F(18, "sensor_position", kind: Choice), F(19, "descriptor", kind: Text),
        F(20, "ant_transmission_type"), F(21, "ant_device_number"), F(22, "ant_network", kind: Choice),
        F(25, "source_type", kind: Choice), F(27, "product_name", kind: Text), F(32, "battery_level", units: "%"));

    public static readonly FitMessageProfile DeveloperDataId = new(FitMessageNumbers.DeveloperDataId, "developer_data_id",
        F(0, "developer_id"), F(1, "application_id"), F(2, "manufacturer_id", kind: Choice),
        F(3, "developer_data_index"), F(4, "application_version"));

    public static readonly FitMessageProfile FieldDescription = new(FitMessageNumbers.FieldDescription, "field_description",
        F(0, "developer_data_index"), F(1, "field_definition_number"), F(2, "fit_base_type_id"),
        F(3, "field_name", kind: Text), F(4, "array"), F(5, "components", kind: Text), F(6, "scale"),
        F(7, "offset"), F(8, "units", kind: Text), F(9, "bits", kind: Text), F(10, "accumulate", kind: Text),
        F(13, "fit_base_unit_id"), F(14, "native_mesg_num"), F(15, "native_field_num"));

    public static readonly FitMessageProfile Sport = new(FitMessageNumbers.Sport, "sport",
        F(0, "sport", kind: Choice), F(1, "sub_sport", kind: Choice), F(3, "name", kind: Text));

    public static readonly FitMessageProfile Workout = new(FitMessageNumbers.Workout, "workout",
        F(254, "message_index"), F(4, "sport", kind: Choice), F(5, "capabilities"), F(6, "num_valid_steps"),
        F(8, "wkt_name", kind: Text), F(11, "sub_sport", kind: Choice), F(14, "pool_length", 100, units: "m"),
        F(15, "pool_length_unit", kind: Choice));

    public static readonly FitMessageProfile WorkoutStep = new(FitMessageNumbers.WorkoutStep, "workout_step",
        F(254, "message_index"), F(0, "wkt_step_name", kind: Text), F(1, "duration_type", kind: Choice),
        F(2, "duration_value"), F(3, "target_type", kind: Choice), F(4, "target_value"),
        F(5, "custom_target_value_low"), F(6, "custom_target_value_high"), F(7, "intensity", kind: Choice),
        F(8, "notes", kind: Text), F(9, "equipment", kind: Choice), F(10, "exercise_category"),
        F(11, "exercise_name"), F(12, "exercise_weight", 100, units: "kg"), F(13, "weight_display_unit", kind: Choice),
        F(19, "secondary_target_type", kind: Choice), F(20, "secondary_target_value"));

    public static readonly FitMessageProfile[] All =
        [FileId, FileCreator, DeviceInfo, DeveloperDataId, FieldDescription, Sport, Workout, WorkoutStep];
}
