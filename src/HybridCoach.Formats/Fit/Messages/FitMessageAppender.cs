namespace HybridCoach.Formats.Fit.Messages;

/// <summary>
/// Decodes one data message into the store through its definition's <see cref="FitMessageLayout"/>:
/// valid fields in definition order, then the implied timestamp (compressed-timestamp header), then the
/// speed and distance expanded from compressed_speed_distance, then developer fields by their descriptions.
/// </summary>
internal static class FitMessageAppender
{
    public static int Append(FitMessageStore store, int layoutIndex, FitMessageLayout layout, ReadOnlySpan<byte> payload,
        long timestamp, FitDeveloperRegistry developer, ref CompressedSpeedDistance speedDistance)
    {
        var slots = store.ReserveSlots(layout.MaxSlots, out var slotStart);
        var count = 0;
        foreach (ref readonly var plan in layout.Fields.AsSpan())
        {
            ref var slot = ref slots[count];
            var kind = DecodeField(payload.Slice(plan.Offset, plan.Size), plan, store, ref slot);
            if (kind == FitSlotKind.None) continue;
            slot.Kind = kind;
            slot.Number = plan.Number;
            slot.ImpliedTimestamp = false;
            count++;
        }
        if (timestamp >= 0 && layout.AddsImpliedTimestamp)
        {
            slots[count] = FitFieldSlot.Long(FitMessageDefinition.TimestampFieldNumber, timestamp);
            slots[count++].ImpliedTimestamp = true;
        }
        if (layout.ExpandsSpeedDistance) count = CompressedSpeedDistance.Expand(store, slots, count, layout.ScalesValues, ref speedDistance);
        var developerCount = 0;
        var developerStart = 0;
        if (layout.DeveloperFields.Length > 0)
            developerCount = AppendDeveloperFields(store, layout, payload, developer, out developerStart);
        return store.Commit(layoutIndex, slotStart, count, developerStart, developerCount);
    }

    /// <summary>Single integers and scaled numbers (almost every field) inline; the rest through the general decoder.</summary>
    private static FitSlotKind DecodeField(ReadOnlySpan<byte> bytes, in FitFieldPlan plan, FitMessageStore store, ref FitFieldSlot slot)
    {
        slot.Length = 0;
        if (plan.Shape == FitValueShape.Integer)
            return plan.Format.TryReadInteger(bytes, out slot.Bits) ? FitSlotKind.Long : FitSlotKind.None;
        if (plan.Shape == FitValueShape.Scaled)
        {
            if (!plan.Format.TryReadNumber(bytes, out var number)) return FitSlotKind.None;
            slot.Bits = BitConverter.DoubleToInt64Bits(number / plan.Scale - plan.ValueOffset);
            return FitSlotKind.Double;
        }
        return FitValueDecoder.Decode(bytes, plan, store, out slot.Bits, out slot.Length);
    }

    private static int AppendDeveloperFields(FitMessageStore store, FitMessageLayout layout, ReadOnlySpan<byte> payload,
        FitDeveloperRegistry developer, out int start)
    {
        layout.ResolveDeveloperFields(developer);
        var plans = layout.DeveloperPlans;
        start = 0;
        if (plans.Length == 0) return 0;
        var descriptions = layout.DeveloperDescriptions;
        var slots = store.ReserveDeveloperSlots(plans.Length, out start);
        var count = 0;
        for (var i = 0; i < plans.Length; i++)
        {
            ref readonly var plan = ref plans[i];
            ref var slot = ref slots[count];
            slot.Kind = FitValueDecoder.Decode(payload.Slice(plan.Offset, plan.Size), plan, store, out slot.Bits, out slot.Length);
            if (slot.Kind == FitSlotKind.None) continue;
            slot.Description = descriptions[i];
            count++;
        }
        return count;
    }
}
