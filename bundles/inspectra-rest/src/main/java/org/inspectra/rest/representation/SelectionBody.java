package org.inspectra.rest.representation;

import java.util.List;

import javax.validation.Valid;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotEmpty;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

import org.inspectra.api.selection.ProposedChild;

/**
 * {@code PUT /inspections/{id}/selections/{stage}} body: the children the lead inspector accepts, each with its
 * reason (the proposal's, or the lead's own for a child swapped in or added; empty for "chosen by the lead").
 */
public record SelectionBody(@NotNull @NotEmpty @Size(max = 1000) List<@Valid @NotNull Child> children) {

    /** One accepted child. */
    public record Child(@NotBlank @Size(max = 128) String childId, @Size(max = 2000) String reason) {
    }

    public List<ProposedChild> toChildren() {
        return children.stream().map(c -> new ProposedChild(c.childId(), c.reason())).toList();
    }
}
