using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace PeerSupport.Directory.Backups;

/// <summary>
/// The one place a database value becomes a backup value and back: each <see cref="ValueKind"/>
/// is read from a data reader, written in its canonical JSON form (DateTime as UTC ISO 8601, Guid
/// lower-case, bytes base64, decimals as exact text) and parsed again for a restore's parameters.
/// The checksums hash this canonical form, so the same rows give the same sum on every provider.
/// </summary>
public static class ValueKinds
{
    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static ValueKind Of(Type providerType, string table, string column)
    {
        var type = Nullable.GetUnderlyingType(providerType) ?? providerType;
        return type switch
        {
            _ when type == typeof(string) || type == typeof(char) => ValueKind.Text,
            _ when type == typeof(bool) => ValueKind.Boolean,
            _ when type == typeof(byte) || type == typeof(short) || type == typeof(int) || type == typeof(long) => ValueKind.Whole,
            _ when type == typeof(double) || type == typeof(float) => ValueKind.Real,
            _ when type == typeof(decimal) => ValueKind.Exact,
            _ when type == typeof(DateTime) => ValueKind.DateTime,
            _ when type == typeof(DateTimeOffset) => ValueKind.DateTimeOffset,
            _ when type == typeof(DateOnly) => ValueKind.Date,
            _ when type == typeof(TimeOnly) => ValueKind.Time,
            _ when type == typeof(TimeSpan) => ValueKind.Duration,
            _ when type == typeof(Guid) => ValueKind.Uuid,
            _ when type == typeof(byte[]) => ValueKind.Bytes,
            _ => throw new NotSupportedException($"{table}.{column} is stored as {type.Name}, which the backup cannot carry yet; add it to {nameof(ValueKinds)}."),
        };
    }

    /// <summary>The CLR type a restore binds a parameter of this kind as.</summary>
    public static Type ClrType(ValueKind kind) => kind switch
    {
        ValueKind.Text => typeof(string),
        ValueKind.Boolean => typeof(bool),
        ValueKind.Whole => typeof(long),
        ValueKind.Real => typeof(double),
        ValueKind.Exact => typeof(decimal),
        ValueKind.DateTime => typeof(DateTime),
        ValueKind.DateTimeOffset => typeof(DateTimeOffset),
        ValueKind.Date => typeof(DateOnly),
        ValueKind.Time => typeof(TimeOnly),
        ValueKind.Duration => typeof(TimeSpan),
        ValueKind.Uuid => typeof(Guid),
        ValueKind.Bytes => typeof(byte[]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Writes the reader's value at <paramref name="ordinal"/> in its canonical form.</summary>
    public static void Write(Utf8JsonWriter json, DbDataReader reader, int ordinal, ValueKind kind)
    {
        if (reader.IsDBNull(ordinal))
        {
            json.WriteNullValue();
            return;
        }
        switch (kind)
        {
            case ValueKind.Text:
                json.WriteStringValue(reader.GetString(ordinal));
                break;
            case ValueKind.Boolean:
                json.WriteBooleanValue(reader.GetBoolean(ordinal));
                break;
            case ValueKind.Whole:
                json.WriteNumberValue(Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture));
                break;
            case ValueKind.Real:
                json.WriteNumberValue(reader.GetDouble(ordinal));
                break;
            case ValueKind.Exact:
                json.WriteStringValue(Exact(reader.GetDecimal(ordinal)));
                break;
            case ValueKind.DateTime:
                json.WriteStringValue(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc).ToString(UtcFormat, CultureInfo.InvariantCulture));
                break;
            case ValueKind.DateTimeOffset:
                json.WriteStringValue(reader.GetFieldValue<DateTimeOffset>(ordinal).ToString("O", CultureInfo.InvariantCulture));
                break;
            case ValueKind.Date:
                json.WriteStringValue(reader.GetFieldValue<DateOnly>(ordinal).ToString("O", CultureInfo.InvariantCulture));
                break;
            case ValueKind.Time:
                json.WriteStringValue(reader.GetFieldValue<TimeOnly>(ordinal).ToString("O", CultureInfo.InvariantCulture));
                break;
            case ValueKind.Duration:
                json.WriteStringValue(reader.GetFieldValue<TimeSpan>(ordinal).ToString("c", CultureInfo.InvariantCulture));
                break;
            case ValueKind.Uuid:
                json.WriteStringValue(reader.GetGuid(ordinal).ToString("D"));
                break;
            case ValueKind.Bytes:
                json.WriteBase64StringValue(reader.GetFieldValue<byte[]>(ordinal));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>The value a backup wrote, as the CLR value a restore binds (null for JSON null).</summary>
    public static object? Read(JsonElement value, ValueKind kind)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return kind switch
        {
            ValueKind.Text => value.GetString(),
            ValueKind.Boolean => value.GetBoolean(),
            ValueKind.Whole => value.GetInt64(),
            ValueKind.Real => value.GetDouble(),
            ValueKind.Exact => decimal.Parse(value.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture),
            ValueKind.DateTime => DateTime.ParseExact(value.GetString()!, UtcFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            ValueKind.DateTimeOffset => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            ValueKind.Date => DateOnly.ParseExact(value.GetString()!, "O", CultureInfo.InvariantCulture),
            ValueKind.Time => TimeOnly.ParseExact(value.GetString()!, "O", CultureInfo.InvariantCulture),
            ValueKind.Duration => TimeSpan.ParseExact(value.GetString()!, "c", CultureInfo.InvariantCulture),
            ValueKind.Uuid => Guid.Parse(value.GetString()!),
            ValueKind.Bytes => value.GetBytesFromBase64(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>A decimal without trailing zeros, so 1.50 (SQL Server) and 1.5 (SQLite) are one value.</summary>
    private static string Exact(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
