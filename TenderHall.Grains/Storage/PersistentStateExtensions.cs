namespace TenderHall.Grains.Storage;

/// <summary>How grains write their state.</summary>
public static class PersistentStateExtensions
{
    /// <summary>
    /// Writes the state; when the write fails, reloads it before rethrowing, so the next call decides from what is stored
    /// rather than from an in-memory state that may be ahead of storage.
    /// </summary>
    public static async Task WriteOrReloadAsync<T>(this IPersistentState<T> state)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }
    }
}
