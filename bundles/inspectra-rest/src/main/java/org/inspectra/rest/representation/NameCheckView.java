package org.inspectra.rest.representation;

import java.util.List;

/** What the personal-data screen finds: the warnings recording the text would give, each naming its field. */
public record NameCheckView(List<String> warnings) {
}
