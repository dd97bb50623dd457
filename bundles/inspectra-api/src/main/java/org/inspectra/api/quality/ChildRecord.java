package org.inspectra.api.quality;

import java.util.List;

/** One child across an inspection's lists: every row of the child's, in the framework's list order. */
public interface ChildRecord {

    String childId();

    List<ChildEntry> entries();
}
