"""Uploaded files, each after the same check as the page that links to it.

"Not there" and "not yours" get the same 404, so a guessed address says nothing. A download of a
file the public may not read is written to the audit log."""

from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect

from accountability.access import can_read_recaps
from accountability.selectors.recaps import recaps_for
from audit.models import EventKind
from audit.services import audit_export, audit_record
from commitments.access import can_read_evidence
from commitments.models import CommitmentUpdate
from files.responses import file_basename, protected_file_response
from files.urls_for import document_file_url, evidence_file_url, recap_file_url
from meetings.access import PUBLIC, Actor, actor_of, meeting_reach
from meetings.models import Document


def _matching(stored, filename: str) -> None:
    if not stored or file_basename(stored) != filename:
        raise Http404


def _audit(request, kind: str, pk: int, filename: str) -> None:
    audit_record(
        kind=EventKind.FILE,
        request=request,
        user=request.user,
        detail={"file": kind, "id": pk, "name": filename},
    )


def document_may_read(actor: Actor, document: Document) -> bool:
    """Like the meeting page: a reader of the meeting sees its public documents; its insiders
    (and the secretariat) see the others too."""
    reach = meeting_reach(actor, [document.meeting_id])
    if not reach.shows(document.meeting_id):
        return False
    return document.is_public or document.meeting_id in reach.insider


def document_file(request, pk: int, filename: str):
    document = Document.objects.filter(pk=pk).first()
    if document is None:
        raise Http404
    _matching(document.file, filename)
    if not document_may_read(actor_of(request), document):
        raise Http404
    public = document_may_read(PUBLIC, document)
    if not public:
        _audit(request, "document", pk, filename)
    return protected_file_response(document.file, public=public)


def evidence_file(request, pk: int, filename: str):
    """Evidence goes to those who handle its follow-up; always audited (never public)."""
    update = CommitmentUpdate.objects.filter(pk=pk).select_related("commitment").first()
    if update is None:
        raise Http404
    _matching(update.evidence_file, filename)
    if not can_read_evidence(actor_of(request), update.commitment):
        raise Http404
    _audit(request, "evidence", pk, filename)
    return protected_file_response(update.evidence_file)


def recap_file(request, pk: int, filename: str):
    """A recap belongs to its organization's staff and the secretariat; every download is in
    the audit log as an export, like the recap's other downloads."""
    actor = actor_of(request)
    if not can_read_recaps(actor):
        raise Http404
    recap = recaps_for(actor).filter(pk=pk).first()
    if recap is None:
        raise Http404
    stored = next(
        (f for f in (recap.pdf, recap.spreadsheet) if f and file_basename(f) == filename), None
    )
    if stored is None:
        raise Http404
    kind = "csv" if stored.name.endswith(".csv") else "pdf"
    content_type = "text/csv; charset=utf-8" if kind == "csv" else "application/pdf"
    audit_export(request, dataset="recap", format=kind, recap=pk)
    return protected_file_response(stored, content_type=content_type)


def stored_file(request, name: str):
    """A stored file by its name under MEDIA_ROOT (what `FieldFile.url` links to): redirected
    to its own checked address when the reader may have it; 404 otherwise, so a guessed name
    says nothing. The target checks again and writes the audit entry."""
    actor = actor_of(request)
    document = Document.objects.filter(file=name).first()
    if document is not None and document_may_read(actor, document):
        return redirect(document_file_url(document))
    update = CommitmentUpdate.objects.filter(evidence_file=name).select_related("commitment")
    update = update.first()
    if update is not None and can_read_evidence(actor, update.commitment):
        return redirect(evidence_file_url(update))
    if can_read_recaps(actor):
        recap = recaps_for(actor).filter(Q(pdf=name) | Q(spreadsheet=name)).first()
        if recap is not None:
            stored = recap.pdf if recap.pdf.name == name else recap.spreadsheet
            return redirect(recap_file_url(recap, stored))
    raise Http404
