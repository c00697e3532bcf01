namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>A licensing item and its "ten publicities" (十公开: ALL 30, 59).</summary>
[GenerateSerializer, Alias("th.LicensingItem")]
public sealed class LicensingItem
{
    /// <summary>Item code (also the grain key).</summary>
    [Id(0)] public string Code { get; set; } = "";

    /// <summary>Item name (项目名称).</summary>
    [Id(1)] public string Name { get; set; } = "";

    /// <summary>The department that decides it.</summary>
    [Id(2)] public string DepartmentId { get; set; } = "";

    /// <summary>How it is handled.</summary>
    [Id(3)] public LicensingMode Mode { get; set; }

    /// <summary>Legal basis (许可依据).</summary>
    [Id(4)] public string LegalBasis { get; set; } = "";

    /// <summary>Procedure (办理程序), one step a line.</summary>
    [Id(5)] public List<string> Procedure { get; set; } = [];

    /// <summary>Conditions (申请条件).</summary>
    [Id(6)] public List<string> Conditions { get; set; } = [];

    /// <summary>Materials to submit (申报材料).</summary>
    [Id(7)] public List<string> Materials { get; set; } = [];

    /// <summary>Promised time limit in working days (承诺时限); 0 for immediate items.</summary>
    [Id(8)] public int PromisedWorkingDays { get; set; }

    /// <summary>Fee items (收费项目、标准、依据); empty when free.</summary>
    [Id(9)] public List<FeeItem> Fees { get; set; } = [];

    /// <summary>For joint and composite items, the other departments involved.</summary>
    [Id(10)] public List<string> CooperatingDepartmentIds { get; set; } = [];

    /// <summary>Whether an application for a government-investment or procurement project needs the centre's trade certificate (the gate).</summary>
    [Id(11)] public bool NeedsTradeCertificate { get; set; }

    /// <summary>Whether the item is handled at the major-project fast-track window (特事特办).</summary>
    [Id(12)] public bool MajorProjectFastTrack { get; set; }

    /// <summary>Joint items: each department's own limit in working days, within the whole; a department not named has the whole limit.</summary>
    [Id(13)] public Dictionary<string, int> DepartmentWorkingDays { get; set; } = new();

    /// <summary>The directory version this text is (1, 2, …); set when the provincial government approves it.</summary>
    [Id(14)] public int Version { get; set; }

    /// <summary>The day (Beijing) this version takes effect; set on approval.</summary>
    [Id(15)] public DateOnly? EffectiveFrom { get; set; }

    /// <summary>Where to apply in person (办理窗口) as the guide shows it, e.g. "3号窗口（住建厅）": the label of <see cref="WindowId"/>.</summary>
    [Id(16)] public string Window { get; set; } = "";

    /// <summary>A sample form for a material (申报材料示范文本), downloadable from the guide.</summary>
    [Id(17)] public List<SampleForm> SampleForms { get; set; } = [];

    /// <summary>Whether the provincial government approved the item to stay outside the centre (handled at its networked department).</summary>
    [Id(18)] public bool OutsideCentre { get; set; }

    /// <summary>Items outside the centre: the department that handles it, networked with the centre's system.</summary>
    [Id(19)] public string? NetworkedDepartmentId { get; set; }

    /// <summary>
    /// The key of the hall window that receives the item in person: the organisation whose officers staff it, as the queue
    /// (<c>/api/v1/hall/windows/{windowId}</c>), the case, the board and the performance figures name it — the deciding
    /// department's own, or one of a composite-window item's windows (ALL 26). Empty in items stored before windows had keys:
    /// read through <see cref="ItemWindows.Of"/>.
    /// </summary>
    [Id(20)] public string WindowId { get; set; } = "";
}
