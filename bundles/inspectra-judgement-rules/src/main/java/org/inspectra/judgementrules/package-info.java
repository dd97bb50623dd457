/**
 * Judgement rule shapes shared by framework bundles ({@link org.inspectra.api.framework.JudgementRule}
 * implementations a framework extends with its own judgement ids, grades, seed paragraphs and messages), so that the
 * logic of each shape is written once. A library of classes: it registers no service and keeps no state, so framework
 * bundles that import it still come and go at runtime on their own.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.inspectra.judgementrules;
