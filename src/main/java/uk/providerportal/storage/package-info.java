/**
 * Where uploaded files live: a small store interface with generated names outside the web root. A folder is the
 * default; an S3-compatible store can be added as another {@link uk.providerportal.storage.FileStore} bean without
 * touching the features that use it.
 */
@NullMarked
package uk.providerportal.storage;

import org.jspecify.annotations.NullMarked;
