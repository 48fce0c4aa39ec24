// Changes the console makes to a lab file: a node for a new machine (a new Pi). The file's own
// JSON is edited (every other property kept as written, in its order), checked by the validator
// that loads lab files, and written atomically. docs/labfiles.md "Adding a node".
#pragma once

#include <QString>

#include "LabFile.h"
#include "LabTypes.h"

namespace swarmlab {

/// Whether `name` may name a node of `lab`: 1-63 letters, digits, '_' or '-', not in use.
/// false with a translated reason naming what was expected.
bool checkNewNodeName(const Lab& lab, const QString& name, QString* why);

/// The lab file at `path` with `node` appended to its "nodes": validated as a whole (the same
/// checks as loadLabFile) and written with QSaveFile, so that a failure leaves the file as it
/// was. Returns the lab as written, or the errors, each naming the file.
LabLoadResult addNodeToLabFile(const QString& path, const NodeSpec& node);

}  // namespace swarmlab
