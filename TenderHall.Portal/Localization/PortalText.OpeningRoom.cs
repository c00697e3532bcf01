using System.Resources;
using TenderHall.Grains.Contracts.Supervision;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the supervisor's day (/supervision) and the opening room (/opening/{tender}).</summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager OpeningRoomStrings = Strings("OpeningRoom");

    public string NavSupervision => S(OpeningRoomStrings, "NavSupervision");

    // --- The supervisor's day ---
    public string DayTitle => S(OpeningRoomStrings, "DayTitle");
    public string DayIntro => S(OpeningRoomStrings, "DayIntro");
    public string DayLabel => S(OpeningRoomStrings, "DayLabel");
    public string DayShow => S(OpeningRoomStrings, "DayShow");
    public string DayOpenings => S(OpeningRoomStrings, "DayOpenings");
    public string DayNoOpenings => S(OpeningRoomStrings, "DayNoOpenings");
    public string DayOpensAt => S(OpeningRoomStrings, "DayOpensAt");
    public string DayTender => S(OpeningRoomStrings, "DayTender");
    public string DayTenderStatus => S(OpeningRoomStrings, "DayTenderStatus");
    public string DayEnterRoom => S(OpeningRoomStrings, "DayEnterRoom");
    public string DayHall => S(OpeningRoomStrings, "DayHall");
    public string DayAlarms => S(OpeningRoomStrings, "DayAlarms");
    public string DayNoAlarms => S(OpeningRoomStrings, "DayNoAlarms");
    public string AlarmRaisedAt => S(OpeningRoomStrings, "AlarmRaisedAt");
    public string AlarmSeverityLabel => S(OpeningRoomStrings, "AlarmSeverityLabel");
    public string AlarmCode => S(OpeningRoomStrings, "AlarmCode");
    public string AlarmSubject => S(OpeningRoomStrings, "AlarmSubject");
    public string AlarmMessage => S(OpeningRoomStrings, "AlarmMessage");
    public string AlarmAcknowledged => S(OpeningRoomStrings, "AlarmAcknowledged");
    public string AlarmNotAcknowledged => S(OpeningRoomStrings, "AlarmNotAcknowledged");
    public string AlarmNotes => S(OpeningRoomStrings, "AlarmNotes");
    public string AlarmNoteLabel => S(OpeningRoomStrings, "AlarmNoteLabel");
    public string AlarmAcknowledge => S(OpeningRoomStrings, "AlarmAcknowledge");
    public string AlarmAddNote => S(OpeningRoomStrings, "AlarmAddNote");
    public string AlarmNoteTooLong => S(OpeningRoomStrings, "AlarmNoteTooLong");
    public string AlarmDone => S(OpeningRoomStrings, "AlarmDone");
    public string DayLoaded => S(OpeningRoomStrings, "DayLoaded");

    /// <summary>An alarm's severity.</summary>
    public string Of(AlarmSeverity severity) => severity switch
    {
        AlarmSeverity.Warning => S(OpeningRoomStrings, "AlarmSeverity_Warning"),
        _ => S(OpeningRoomStrings, "AlarmSeverity_Alarm"),
    };

    // --- The opening room ---
    public string RoomTitle => S(OpeningRoomStrings, "RoomTitle");
    public string RoomIntro => S(OpeningRoomStrings, "RoomIntro");
    public string RoomLinkFromHall => S(OpeningRoomStrings, "RoomLinkFromHall");
    public string RoomPublicHall => S(OpeningRoomStrings, "RoomPublicHall");
    public string RoomProgress => S(OpeningRoomStrings, "RoomProgress");
    public string RoomShares => S(OpeningRoomStrings, "RoomShares");
    public string RoomDecrypted => S(OpeningRoomStrings, "RoomDecrypted");
    public string RoomAttendance => S(OpeningRoomStrings, "RoomAttendance");
    public string RoomNoAttendance => S(OpeningRoomStrings, "RoomNoAttendance");
    public string RoomAddress => S(OpeningRoomStrings, "RoomAddress");
    public string RoomCheckInTime => S(OpeningRoomStrings, "RoomCheckInTime");
    public string RoomCheckIn => S(OpeningRoomStrings, "RoomCheckIn");
    public string RoomCheckedIn => S(OpeningRoomStrings, "RoomCheckedIn");
    public string RoomHandOver => S(OpeningRoomStrings, "RoomHandOver");
    public string RoomHandOverIntro => S(OpeningRoomStrings, "RoomHandOverIntro");
    public string RoomEncryptionKey => S(OpeningRoomStrings, "RoomEncryptionKey");
    public string RoomSigningKey => S(OpeningRoomStrings, "RoomSigningKey");
    public string RoomHandOverButton => S(OpeningRoomStrings, "RoomHandOverButton");
    public string RoomHandedOver => S(OpeningRoomStrings, "RoomHandedOver");
    public string RoomNeedEncryptionKey => S(OpeningRoomStrings, "RoomNeedEncryptionKey");
    public string RoomNeedSigningKey => S(OpeningRoomStrings, "RoomNeedSigningKey");
    public string RoomWrongKey => S(OpeningRoomStrings, "RoomWrongKey");
    public string RoomUndecryptable => S(OpeningRoomStrings, "RoomUndecryptable");
    public string RoomRecord => S(OpeningRoomStrings, "RoomRecord");
    public string RoomNoRows => S(OpeningRoomStrings, "RoomNoRows");
    public string RoomAnswer => S(OpeningRoomStrings, "RoomAnswer");
    public string RoomAnswerLabel => S(OpeningRoomStrings, "RoomAnswerLabel");
    public string RoomNeedAnswer => S(OpeningRoomStrings, "RoomNeedAnswer");
    public string RoomAnswered => S(OpeningRoomStrings, "RoomAnswered");
    public string RoomPublish => S(OpeningRoomStrings, "RoomPublish");
    public string RoomPublished => S(OpeningRoomStrings, "RoomPublished");
    public string RoomRecordPdf => S(OpeningRoomStrings, "RoomRecordPdf");
    public string RoomRecordSha => S(OpeningRoomStrings, "RoomRecordSha");
    public string RoomClose => S(OpeningRoomStrings, "RoomClose");
    public string RoomCloseIntro => S(OpeningRoomStrings, "RoomCloseIntro");
    public string RoomNotes => S(OpeningRoomStrings, "RoomNotes");
    public string RoomRecordings => S(OpeningRoomStrings, "RoomRecordings");
    public string RoomRecordingName => S(OpeningRoomStrings, "RoomRecordingName");
    public string RoomRecordingHash => S(OpeningRoomStrings, "RoomRecordingHash");
    public string RoomHashing => S(OpeningRoomStrings, "RoomHashing");
    public string RoomCloseButton => S(OpeningRoomStrings, "RoomCloseButton");
    public string RoomClosed => S(OpeningRoomStrings, "RoomClosed");
    public string RoomNeedNotes => S(OpeningRoomStrings, "RoomNeedNotes");
    public string RoomKeySm2 => S(OpeningRoomStrings, "RoomKeySm2");
    public string RoomKeyUnsupported => S(OpeningRoomStrings, "RoomKeyUnsupported");
    public string RoomKeyEncrypted => S(OpeningRoomStrings, "RoomKeyEncrypted");
    public string RoomNoWebCrypto => S(OpeningRoomStrings, "RoomNoWebCrypto");
    public string RoomSignedOut => S(OpeningRoomStrings, "RoomSignedOut");
    public string RoomLocalError => S(OpeningRoomStrings, "RoomLocalError");
}
