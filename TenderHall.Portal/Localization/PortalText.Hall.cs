using System.Resources;
using TenderHall.Grains.Contracts.Hall;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the hall's pages: tickets, the queue desk, visit ratings, the board and the performance charts.</summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager HallStrings = Strings("Hall");

    public string NavHall => S(HallStrings, "NavHall");
    public string HallTitle => S(HallStrings, "HallTitle");
    public string HallIntro => S(HallStrings, "HallIntro");
    public string HallErrorTitle => S(HallStrings, "HallErrorTitle");

    public string TicketTitle => S(HallStrings, "TicketTitle");
    public string TicketIntro => S(HallStrings, "TicketIntro");
    public string TicketWindow => S(HallStrings, "TicketWindow");
    public string TicketChoose => S(HallStrings, "TicketChoose");
    public string TicketItem => S(HallStrings, "TicketItem");
    public string TicketProject => S(HallStrings, "TicketProject");
    public string TicketTake => S(HallStrings, "TicketTake");
    public string TicketWindowRequired => S(HallStrings, "TicketWindowRequired");
    public string TicketYours => S(HallStrings, "TicketYours");
    public string TicketAhead => S(HallStrings, "TicketAhead");
    public string TicketDate => S(HallStrings, "TicketDate");
    public string TicketSecret => S(HallStrings, "TicketSecret");
    public string TicketRateLink => S(HallStrings, "TicketRateLink");
    public string TicketTaken => S(HallStrings, "TicketTaken");

    public string DeskTitle => S(HallStrings, "DeskTitle");
    public string DeskIntro => S(HallStrings, "DeskIntro");
    public string DeskSignedOut => S(HallStrings, "DeskSignedOut");
    public string DeskCounter => S(HallStrings, "DeskCounter");
    public string DeskCounterRequired => S(HallStrings, "DeskCounterRequired");
    public string DeskCall => S(HallStrings, "DeskCall");
    public string DeskRecall => S(HallStrings, "DeskRecall");
    public string DeskServe => S(HallStrings, "DeskServe");
    public string DeskNoShow => S(HallStrings, "DeskNoShow");
    public string DeskCalled => S(HallStrings, "DeskCalled");
    public string DeskTickets => S(HallStrings, "DeskTickets");
    public string DeskCode => S(HallStrings, "DeskCode");
    public string DeskLane => S(HallStrings, "DeskLane");
    public string DeskStatus => S(HallStrings, "DeskStatus");
    public string DeskTakenAt => S(HallStrings, "DeskTakenAt");
    public string DeskActions => S(HallStrings, "DeskActions");
    public string DeskWaitingRegular => S(HallStrings, "DeskWaitingRegular");
    public string DeskWaitingFast => S(HallStrings, "DeskWaitingFast");
    public string DeskServed => S(HallStrings, "DeskServed");
    public string DeskNoShows => S(HallStrings, "DeskNoShows");
    public string DeskWindow => S(HallStrings, "DeskWindow");

    public string RateTitle => S(HallStrings, "RateTitle");
    public string RateIntro => S(HallStrings, "RateIntro");
    public string RateTicket => S(HallStrings, "RateTicket");
    public string RateCode => S(HallStrings, "RateCode");
    public string RateLevel => S(HallStrings, "RateLevel");
    public string RateComment => S(HallStrings, "RateComment");
    public string RateSend => S(HallStrings, "RateSend");
    public string RateThanks => S(HallStrings, "RateThanks");
    public string RateFollowUp => S(HallStrings, "RateFollowUp");
    public string RateWindowRequired => S(HallStrings, "RateWindowRequired");
    public string RateDateRequired => S(HallStrings, "RateDateRequired");
    public string RateTicketRequired => S(HallStrings, "RateTicketRequired");
    public string RateCodeRequired => S(HallStrings, "RateCodeRequired");
    public string RateLevelRequired => S(HallStrings, "RateLevelRequired");
    public string RateCommentTooLong => S(HallStrings, "RateCommentTooLong");

    public string BoardTitle => S(HallStrings, "BoardTitle");
    public string BoardCalling => S(HallStrings, "BoardCalling");
    public string BoardGoTo(string counter) => F(HallStrings, "BoardGoTo", counter);
    public string BoardNoCalls => S(HallStrings, "BoardNoCalls");
    public string BoardWaiting => S(HallStrings, "BoardWaiting");
    public string BoardFastTrack => S(HallStrings, "BoardFastTrack");
    public string BoardCases => S(HallStrings, "BoardCases");
    public string BoardOpenings => S(HallStrings, "BoardOpenings");
    public string BoardDraws => S(HallStrings, "BoardDraws");
    public string BoardNone => S(HallStrings, "BoardNone");
    public string BoardTime => S(HallStrings, "BoardTime");
    public string BoardTender => S(HallStrings, "BoardTender");
    public string BoardUpdated => S(HallStrings, "BoardUpdated");
    public string BoardDepartment => S(HallStrings, "BoardDepartment");
    public string BoardCount => S(HallStrings, "BoardCount");

    public string PerformanceTitle => S(HallStrings, "PerformanceTitle");
    public string PerformanceIntro => S(HallStrings, "PerformanceIntro");
    public string PerformanceDepartment => S(HallStrings, "PerformanceDepartment");
    public string PerformanceFrom => S(HallStrings, "PerformanceFrom");
    public string PerformanceTo => S(HallStrings, "PerformanceTo");
    public string PerformanceFigure => S(HallStrings, "PerformanceFigure");
    public string PerformanceBy => S(HallStrings, "PerformanceBy");
    public string PerformanceShow => S(HallStrings, "PerformanceShow");
    public string PerformanceChart => S(HallStrings, "PerformanceChart");
    public string PerformanceTable => S(HallStrings, "PerformanceTable");
    public string PerformanceUnit => S(HallStrings, "PerformanceUnit");
    public string PerformanceLane => S(HallStrings, "PerformanceLane");
    public string PerformanceAccepted => S(HallStrings, "PerformanceAccepted");
    public string PerformanceDecided => S(HallStrings, "PerformanceDecided");
    public string PerformanceOnTime => S(HallStrings, "PerformanceOnTime");
    public string PerformanceOnTheSpot => S(HallStrings, "PerformanceOnTheSpot");
    public string PerformanceOverdue => S(HallStrings, "PerformanceOverdue");
    public string PerformanceAverage => S(HallStrings, "PerformanceAverage");
    public string PerformanceSatisfied => S(HallStrings, "PerformanceSatisfied");
    public string PerformanceRated => S(HallStrings, "PerformanceRated");
    public string TicketAtWindow => S(HallStrings, "TicketAtWindow");
    public string PerformanceRegular => S(HallStrings, "PerformanceRegular");
    public string PerformanceFast => S(HallStrings, "PerformanceFast");
    public string PerformanceWindow => S(HallStrings, "PerformanceWindow");
    public string PerformanceOfficer => S(HallStrings, "PerformanceOfficer");
    public string PerformanceDeemed => S(HallStrings, "PerformanceDeemed");
    public string PerformanceDatesWrong => S(HallStrings, "PerformanceDatesWrong");
    public string PerformanceDepartmentRequired => S(HallStrings, "PerformanceDepartmentRequired");
    public string PerformanceNone => S(HallStrings, "PerformanceNone");

    public string RatingWindowsCaption => S(HallStrings, "RatingWindowsCaption");
    public string RatingCases => S(HallStrings, "RatingCases");
    public string RatingVisits => S(HallStrings, "RatingVisits");

    public string Of(TicketStatus status) => status switch
    {
        TicketStatus.Waiting => S(HallStrings, "TicketStatus_Waiting"),
        TicketStatus.Called => S(HallStrings, "TicketStatus_Called"),
        TicketStatus.Served => S(HallStrings, "TicketStatus_Served"),
        _ => S(HallStrings, "TicketStatus_Other"),
    };

    public string Of(QueueLane lane) => lane == QueueLane.FastTrack ? S(HallStrings, "QueueLane_FastTrack") : S(HallStrings, "QueueLane_Regular");
}
