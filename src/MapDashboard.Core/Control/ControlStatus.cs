namespace MapDashboard.Core.Control;

/// <summary>How a side holds a place during a control period.</summary>
public enum ControlStatus
{
    /// <summary>The side holds the place.</summary>
    Held,

    /// <summary>Two sides claim or fight over the place; no single holder.</summary>
    Contested,

    /// <summary>Two allied sides hold it together (for example opposition and HTS).</summary>
    Shared,

    /// <summary>The side holds the place while another surrounds it.</summary>
    Besieged,
}
