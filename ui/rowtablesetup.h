#pragma once

class QTableView;

namespace sfsync {

// The look and behaviour shared by the row tables of the preview and run views: whole-row, read-only,
// sortable (in source order until the user sorts), compact rows.
void setUpRowTable(QTableView *table);

} // namespace sfsync
