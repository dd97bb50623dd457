/**
 * The data-quality rules run across an inspection's child-level lists: a one-pass engine ({@link
 * org.inspectra.childdata.quality.QualityRun}) that reads every row once, keeping only what each row's fields mean,
 * and the platform's own checks, written once for every framework whose lists have the fields. Depends on the API
 * only.
 */
package org.inspectra.childdata.quality;
