namespace BoardPapers.Calendar;

/// <summary>The bank holidays a council keeps: each part of the UK has its own.</summary>
public enum Nation
{
    /// <summary>England and Wales.</summary>
    EnglandAndWales,

    /// <summary>Scotland: 2 January, no Easter Monday, the summer holiday on the first Monday in August, St Andrew's Day.</summary>
    Scotland,

    /// <summary>Northern Ireland: England and Wales's, with St Patrick's Day and the Battle of the Boyne.</summary>
    NorthernIreland,
}
