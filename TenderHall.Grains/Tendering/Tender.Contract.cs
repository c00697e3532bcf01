using TenderHall.Grains.Award;
using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Deadlines;

namespace TenderHall.Grains.Tendering;

/// <summary>The written contract signed on the platform by both parties (BL 46, BLR 57–58, GPR 50).</summary>
public sealed partial class Tender
{
    /// <summary>The agency records the platform-signed draft with its value and performance bond (BLR 58: at most 10 %).</summary>
    public void DraftContract(Actor actor, ContractDraft draft, DateTimeOffset now)
    {
        RequireAgency(actor);
        if (state.Status != TenderStatus.Awarded || After.Award is null || After.Contract is { Signatures.Count: > 0 })
            throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", state.Status), ("action", "draft the contract"));
        AwardRules.RequireContract(draft.ValueFen, draft.PerformanceBondFen);
        After.Contract = new ContractRecord
        {
            ValueFen = draft.ValueFen, PerformanceBondFen = draft.PerformanceBondFen, DraftPdfSha256 = draft.PdfSha256, PdfSha256 = draft.PdfSha256, DraftedAt = now,
        };
        journal.Record("tender.contract-drafted", actor, now, ("pdfSha256", draft.PdfSha256), ("valueFen", draft.ValueFen.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("performanceBondFen", draft.PerformanceBondFen.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>A party (the agency for the tenderee, or the winner) prepares its signature over the contract as it stands.</summary>
    public void RequestContractSignature(Actor actor, RecordSigningRequest request, bool keyRegistered)
    {
        var contract = SignableBy(actor);
        if (request.RecordPdfSha256 != contract.PdfSha256 || request.Supervisor != actor.UserName || !keyRegistered)
            throw RuleViolationException.Of("CONTRACT-KEY", ("organization", actor.OrganizationId ?? "-"), ("key", request.KeyId));
        contract.Pending = request;
    }

    /// <summary>
    /// A party's signature, already checked against its registered key; the second signature concludes the contract.
    /// Returns true when it did (deposits are then refunded and letters released, BLR 57).
    /// </summary>
    public bool SignContract(Actor actor, bool signatureValid, string signedPdfSha256, DateTimeOffset now)
    {
        var contract = SignableBy(actor);
        var pending = contract.Pending is { } p && p.Supervisor == actor.UserName && p.RecordPdfSha256 == contract.PdfSha256
            ? p
            : throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", "without a signing request of this signer for the contract as it stands"), ("action", "sign the contract"));
        if (!signatureValid) throw RuleViolationException.Of("CONTRACT-SIGNATURE", ("organization", actor.OrganizationId ?? "-"));
        contract.Signatures.Add(new ContractSignature
        {
            OrganizationId = actor.OrganizationId!, UserName = actor.UserName, KeyId = pending.KeyId, SignedAt = now, PdfSha256 = signedPdfSha256,
        });
        contract.PdfSha256 = signedPdfSha256;
        contract.Pending = null;
        journal.Record("tender.contract-signature", actor, now, ("organization", actor.OrganizationId!), ("pdfSha256", signedPdfSha256));
        if (contract.Signatures.Count < 2) return false;

        contract.SignedAt = now;
        if (Registration.Regime == LegalRegime.GovernmentProcurement)
        {
            // GPR 50: the platform publishes the contract as it is concluded; the copy is filed within 7 working days (GPL 47).
            contract.PublishedAt = now;
            contract.FilingDue = deadlines.After(LegalRegime.GovernmentProcurement, PeriodId.ContractFiling, now);
        }

        lifecycle.Fire(TenderTrigger.SignContract);
        journal.Record("tender.contracted", actor, now, ("contractPdfSha256", signedPdfSha256), ("winner", After.Award!.BidderId),
            ("valueFen", contract.ValueFen.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("signedAt", RuleValues.Iso(now)));
        journal.Notify([Registration.AgencyId, After.Award.BidderId], "contract", "tender.contracted", now,
            $"招标项目 {Id} 的书面合同已由双方签署；投标保证金将依法退还（招标投标法实施条例第五十七条）。",
            $"The contract of tender {Id} is signed by both parties; bid deposits are refunded (BLR 57).");
        return true;
    }

    /// <summary>Government procurement: the agency files the signed contract with the finance department (GPL 47).</summary>
    public void FileContract(Actor actor, DateTimeOffset now)
    {
        RequireAgency(actor);
        if (Registration.Regime != LegalRegime.GovernmentProcurement || After.Contract is not { SignedAt: not null, FiledAt: null } contract)
            throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", state.Status), ("action", "file the contract"));
        contract.FiledAt = now;
        journal.Record("tender.contract-filed", actor, now, ("late", (now > contract.FilingDue).ToString()));
    }

    private ContractRecord SignableBy(Actor actor)
    {
        if (state.Status != TenderStatus.Awarded || After.Award is not { } award || After.Contract is not { } contract)
            throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", state.Status), ("action", "sign the contract"));
        var party = actor.OrganizationId == Registration.AgencyId || actor.OrganizationId == award.BidderId;
        if (!party) throw RuleViolationException.Of("CONTRACT-PARTY", ("id", Id));
        if (contract.Signatures.Any(s => s.OrganizationId == actor.OrganizationId))
            throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", "signed by " + actor.OrganizationId), ("action", "sign the contract again"));
        return contract;
    }
}
