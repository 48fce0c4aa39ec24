#include "ChartPanel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QPixmap>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <ctime>

#include "GuiText.h"
#include "LabFile.h"
#include "SeriesNameDelegate.h"
#include "WireNames.h"

namespace swarmlab {

namespace {
constexpr int kMaxMarkers = 400;
constexpr int kKeyRole = Qt::UserRole;
constexpr int kIsInstanceRole = Qt::UserRole + 1;
constexpr int kInstanceNameRole = Qt::UserRole + 2;  ///< the part of the text to shorten first
const QColor kPalette[] = {QColor(0x1e, 0x88, 0xe5), QColor(0xe5, 0x39, 0x35),
                           QColor(0x43, 0xa0, 0x47), QColor(0x8e, 0x24, 0xaa),
                           QColor(0xfb, 0x8c, 0x00), QColor(0x00, 0x89, 0x7b),
                           QColor(0x6d, 0x4c, 0x41), QColor(0x54, 0x6e, 0x7a)};
// Summary keys: "sum:<what>:<layer>"; instance keys: "rate:<i>", "p50:<i>", "p99:<i>".
const QString kSumPub = QStringLiteral("sum:pub:");
const QString kSumMin = QStringLiteral("sum:min:");
const QString kSumMean = QStringLiteral("sum:mean:");
const QString kSumP99 = QStringLiteral("sum:p99:");

/// CPU time of the calling thread (ms). Linux only, as the whole project (no made-up 0).
double threadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

bool isSummary(const QString& key) { return key.startsWith(QLatin1String("sum:")); }
QString instanceOf(const QString& key) { return key.section(QLatin1Char(':'), 1); }

}  // namespace

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent), store_(4096) {
  rateChart_ = makeChart(&rateX_, &rateY_);
  lagChart_ = makeChart(&lagX_, &lagY_);
  rateView_ = new MarkerChartView(rateChart_, &markers_,
                                  [this](double t) { return hoverLines(ChartKind::Rate, t); });
  lagView_ = new MarkerChartView(lagChart_, &markers_,
                                 [this](double t) { return hoverLines(ChartKind::Lag, t); });
  legend_ = new QTreeWidget;
  legend_->setHeaderHidden(true);
  legend_->setRootIsDecorated(true);
  legend_->setUniformRowHeights(true);
  legend_->setMinimumWidth(150);
  // A narrow list (1366x768) shortens an instance's name in its middle and keeps "on pi16":
  // "subscr…16.1.1 on pi16" still tells instances apart (the tool tip has it whole).
  legend_->setItemDelegate(new SeriesNameDelegate(kInstanceNameRole, legend_));
  legend_->setTextElideMode(Qt::ElideMiddle);  // summaries: "atualiz…s mín" vs "…s média"
  connect(legend_, &QTreeWidget::itemClicked, this,
          [this](QTreeWidgetItem* item) { onLegendClicked(item); });
  buildBar();
  auto* charts = new QSplitter(Qt::Vertical);
  charts->addWidget(rateView_);
  charts->addWidget(lagView_);
  auto* split = new QSplitter(Qt::Horizontal);
  split->addWidget(charts);
  split->addWidget(legend_);
  split->setStretchFactor(0, 1);
  split->setSizes({460, 180});
  static_cast<QVBoxLayout*>(layout())->addWidget(split, 1);

  timer_.setInterval(kTickMs);
  timer_.setTimerType(Qt::CoarseTimer);
  connect(&timer_, &QTimer::timeout, this, &ChartPanel::tick);
  timer_.start();
  retranslateUi();
  setWindowSeconds(windowS_);
}

void ChartPanel::buildBar() {
  window_ = new QComboBox;
  for (int s : {30, 60, 120, 300, 600}) window_->addItem(QString(), s);
  window_->setCurrentIndex(window_->findData(windowS_));
  connect(window_, &QComboBox::currentIndexChanged, this, &ChartPanel::applyWindowCombo);
  pause_ = new QToolButton;
  pause_->setCheckable(true);
  pause_->setIcon(QIcon(QStringLiteral(":/icons/pause.svg")));
  pause_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  connect(pause_, &QToolButton::toggled, this, &ChartPanel::setPaused);
  legendButton_ = new QToolButton;
  legendButton_->setCheckable(true);
  legendButton_->setChecked(true);
  connect(legendButton_, &QToolButton::toggled, this, &ChartPanel::setLegendVisible);
  info_ = new QLabel;
  info_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  // Informative only: it gives way (clipped; the tool tip has it whole) rather than widen the
  // dock past what a 1366 px window can give the charts.
  info_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  info_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  auto* bar = new QHBoxLayout;
  windowLabel_ = new QLabel;
  windowLabel_->setBuddy(window_);
  bar->addWidget(windowLabel_);
  bar->addWidget(window_);
  bar->addWidget(pause_);
  bar->addWidget(legendButton_);
  bar->addWidget(info_, 1);
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(2, 2, 2, 2);
  lay->addLayout(bar);
}

void ChartPanel::retranslateUi() {
  rateView_->setChartTitle(tr("Publish and display update rate (Fig. 3)"));
  lagView_->setChartTitle(tr("Display lag (Fig. 4)"));
  for (auto* x : {rateX_, lagX_}) x->setTitleText(tr("lab time (s)"));
  rateY_->setTitleText(tr("per second"));
  lagY_->setTitleText(tr("ms"));
  rateView_->setAccessibleName(tr("Rates chart"));
  lagView_->setAccessibleName(tr("Lag chart"));
  legend_->setAccessibleName(tr("Chart series"));
  legend_->setToolTip(
      tr("Click a series to show or hide it; open a summary to drill down to "
         "single instances"));
  for (int i = 0; i < window_->count(); ++i) {
    const int s = window_->itemData(i).toInt();
    window_->setItemText(i, s < 60 ? tr("%1 s").arg(s) : tr("%1 min").arg(s / 60));
  }
  window_->setToolTip(tr("Time window shown by the charts"));
  windowLabel_->setText(tr("&Window:"));
  pause_->setText(paused_ ? tr("&Resume") : tr("&Pause"));
  pause_->setToolTip(tr("Freeze the charts; data keeps being recorded"));
  legendButton_->setText(tr("&Series"));
  legendButton_->setToolTip(tr("Show or hide the list of series beside the charts"));
  for (auto it = lines_.cbegin(); it != lines_.cend(); ++it)
    for (auto* l : it.value()) l->setName(seriesLabel(it.key()));
  for (auto it = legendItems_.cbegin(); it != legendItems_.cend(); ++it) {
    const QString k = it.key();
    it.value()->setText(
        0, isSummary(k) ? seriesLabel(k) : tr("%1 on %2").arg(k, instanceNode_.value(k)));
    it.value()->setToolTip(0, it.value()->text(0));
  }
}

void ChartPanel::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(e);
}

QString ChartPanel::seriesLabel(const QString& key) const {
  const QString what = key.section(QLatin1Char(':'), 0, 1) + QLatin1Char(':');
  const QString layer = key.section(QLatin1Char(':'), 2);
  // The layer is named only when the same summary exists for another layer too.
  bool otherLayer = false;
  for (const auto& k : store_.keys()) otherLayer |= k.startsWith(what) && k != key;
  auto withLayer = [&layer, otherLayer](const QString& s) {
    return layer.isEmpty() || !otherLayer
               ? s
               : tr("%1 (%2)").arg(s,
                                   layerName(layerFromString(layer).value_or(Layer::Unassigned)));
  };
  if (key.startsWith(kSumPub)) return withLayer(tr("publish/s total"));
  if (key.startsWith(kSumMin)) return withLayer(tr("updates/s min"));
  if (key.startsWith(kSumMean)) return withLayer(tr("updates/s mean"));
  if (key.startsWith(kSumP99)) return withLayer(tr("lag p99 worst"));
  const QString inst = instanceOf(key);
  if (key.startsWith(QLatin1String("p50:"))) return tr("%1 lag p50").arg(inst);
  if (key.startsWith(QLatin1String("p99:"))) return tr("%1 lag p99").arg(inst);
  return instanceKind_.value(inst) == wirenames::kPublisher ? tr("%1 publish/s").arg(inst)
                                                            : tr("%1 updates/s").arg(inst);
}

void ChartPanel::applyWindowCombo() { setWindowSeconds(window_->currentData().toInt()); }

void ChartPanel::setWindowSeconds(int s) {
  s = std::clamp(s, 30, kMaxWindowS);
  const bool changed = s != windowS_;
  windowS_ = s;
  const int idx = window_->findData(s);
  if (idx >= 0 && idx != window_->currentIndex()) window_->setCurrentIndex(idx);
  drawnRevision_ = ~0ull;
  if (changed) emit windowSecondsChanged(s);
}

void ChartPanel::setPaused(bool paused) {
  paused_ = paused;
  if (pause_->isChecked() != paused) pause_->setChecked(paused);
  pause_->setText(paused ? tr("&Resume") : tr("&Pause"));
  pause_->setIcon(
      QIcon(paused ? QStringLiteral(":/icons/play.svg") : QStringLiteral(":/icons/pause.svg")));
  drawnRevision_ = ~0ull;
}

void ChartPanel::setUseOpenGL(bool on) {
  openGL_ = on;
  for (const auto& list : std::as_const(lines_))
    for (auto* l : list) l->setUseOpenGL(on);
}

void ChartPanel::setNodeLayers(const QHash<QString, Layer>& layers) { nodeLayer_ = layers; }

void ChartPanel::setLegendVisible(bool on) {
  legend_->setVisible(on);
  if (legendButton_->isChecked() != on) legendButton_->setChecked(on);
}

double ChartPanel::toChartTime(double labSeconds) {
  if (origin_ < 0) origin_ = std::floor(labSeconds);
  return labSeconds - origin_;
}

void ChartPanel::startAt(double labSeconds, double planEndS) {
  clear();
  origin_ = labSeconds;
  planEnd_ = planEndS;
}

void ChartPanel::addMarker(double labSeconds, const QString& text, const QColor& color) {
  markers_.append({toChartTime(labSeconds), text, color, false});
  while (markers_.size() > kMaxMarkers) markers_.removeFirst();
  drawnRevision_ = ~0ull;
}

void ChartPanel::addPlannedMarker(double chartSeconds, const QString& text, const QColor& color) {
  markers_.append({chartSeconds, text, color, true});
  drawnRevision_ = ~0ull;
}

void ChartPanel::addMetric(const MetricSample& m) {
  const double t = toChartTime(double(m.second));
  const bool pub = m.kind == wirenames::kPublisher;
  if (!pub && m.kind != wirenames::kSubscriber) return;
  if (!instanceKind_.contains(m.instance)) {
    instanceKind_.insert(m.instance, m.kind);
    instanceNode_.insert(m.instance, m.node);
  }
  store_.append(QStringLiteral("rate:") + m.instance, QString(), ChartKind::Rate, t,
                double(m.count));
  if (!pub && m.count > 0) {
    store_.append(QStringLiteral("p50:") + m.instance, QString(), ChartKind::Lag, t,
                  m.lagP50Us / 1000.0);
    store_.append(QStringLiteral("p99:") + m.instance, QString(), ChartKind::Lag, t,
                  m.lagP99Us / 1000.0);
  }
  addToSummary(m, t);
}

void ChartPanel::addToSummary(const MetricSample& m, double t) {
  const auto layerIt = nodeLayer_.constFind(m.node);
  const QString layer = layerIt == nodeLayer_.cend() ? QString() : toString(*layerIt);
  const bool pub = m.kind == wirenames::kPublisher;
  const QString group = (pub ? kSumPub : kSumMin) + layer;
  if (!instanceGroup_.contains(m.instance)) {
    instanceGroup_.insert(m.instance, group);
    addLegendItem(m.instance);
  }
  auto& seconds = sums_[group];
  // Late samples of a second change its summary; seconds older than the last 30 are final.
  if (seconds.size() >= 30 && m.second < seconds.firstKey()) return;
  SecondSum& s = seconds[m.second];
  const double v = double(m.count);
  s.min = s.n == 0 ? v : std::min(s.min, v);
  s.sum += v;
  ++s.n;
  if (!pub && m.count > 0) {
    s.lagMax = s.lagN == 0 ? m.lagP99Us / 1000.0 : std::max(s.lagMax, m.lagP99Us / 1000.0);
    ++s.lagN;
  }
  if (pub) {
    store_.set(group, QString(), ChartKind::Rate, t, s.sum);
  } else {
    store_.set(group, QString(), ChartKind::Rate, t, s.min);
    store_.set(kSumMean + layer, QString(), ChartKind::Rate, t, s.sum / s.n);
    if (s.lagN > 0) store_.set(kSumP99 + layer, QString(), ChartKind::Lag, t, s.lagMax);
  }
  while (seconds.size() > 30) seconds.erase(seconds.begin());
}

void ChartPanel::addLegendItem(const QString& instance) {
  const QString group = instanceGroup_.value(instance);
  const QString layer = group.section(QLatin1Char(':'), 2);
  const QStringList summaries =
      group.startsWith(kSumPub) ? QStringList{group}
                                : QStringList{kSumMin + layer, kSumMean + layer, kSumP99 + layer};
  for (const auto& k : summaries) {
    if (legendItems_.contains(k)) continue;
    auto* it = new QTreeWidgetItem(legend_);
    it->setData(0, kKeyRole, k);
    it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    legendItems_.insert(k, it);
  }
  auto* parent = legendItems_.value(group);
  auto* child = new QTreeWidgetItem;
  child->setData(0, kKeyRole, instance);
  child->setData(0, kIsInstanceRole, true);
  child->setData(0, kInstanceNameRole, instance);
  child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
  parent->insertChild(legendPosition(parent, instance, instanceNode_, kInstanceNameRole), child);
  legendItems_.insert(instance, child);
  for (const auto& k : summaries + QStringList{instance}) {
    auto* it = legendItems_.value(k);
    const QString key = k == instance ? QStringLiteral("rate:") + instance : k;
    QPixmap swatch(12, 12);
    swatch.fill(seriesColor(key));
    it->setIcon(0, QIcon(swatch));
    it->setText(0, k == instance ? tr("%1 on %2").arg(instance, instanceNode_.value(instance))
                                 : seriesLabel(k));
    it->setToolTip(0, it->text(0));
  }
  refreshLegendChecks();
}

QTreeWidgetItem* ChartPanel::legendItem(const QString& keyOrInstance) const {
  return legendItems_.value(keyOrInstance);
}

void ChartPanel::onLegendClicked(QTreeWidgetItem* item) {
  const QString k = item->data(0, kKeyRole).toString();
  if (item->data(0, kIsInstanceRole).toBool()) {
    setInstanceShown(k, !shownInstances_.contains(k));
    return;
  }
  if (!hiddenSummaries_.remove(k)) hiddenSummaries_.insert(k);
  refreshLegendChecks();
  drawnRevision_ = ~0ull;
}

void ChartPanel::setInstanceShown(const QString& instance, bool shown) {
  if (shown)
    shownInstances_.insert(instance);
  else
    shownInstances_.remove(instance);
  refreshLegendChecks();
  drawnRevision_ = ~0ull;
}

void ChartPanel::setFocusInstances(const QStringList& instances) {
  const QSet<QString> focus(instances.cbegin(), instances.cend());
  if (focus == focusInstances_) return;
  focusInstances_ = focus;
  refreshLegendChecks();
  drawnRevision_ = ~0ull;
}

void ChartPanel::refreshLegendChecks() {
  for (auto it = legendItems_.cbegin(); it != legendItems_.cend(); ++it) {
    const bool instance = it.value()->data(0, kIsInstanceRole).toBool();
    const bool shown = instance ? isShown(QStringLiteral("rate:") + it.key()) : isShown(it.key());
    it.value()->setData(0, Qt::CheckStateRole,
                        static_cast<int>(shown ? Qt::Checked : Qt::Unchecked));
    if (instance && focusInstances_.contains(it.key()) && it.value()->parent())
      it.value()->parent()->setExpanded(true);
  }
}

bool ChartPanel::isShown(const QString& key) const {
  if (isSummary(key)) return !hiddenSummaries_.contains(key);
  const QString inst = instanceOf(key);
  return shownInstances_.contains(inst) || focusInstances_.contains(inst);
}

QStringList ChartPanel::shownKeys() const {
  QStringList out;
  for (const auto& k : store_.keys())
    if (isShown(k)) out << k;
  return out;
}

QLineSeries* ChartPanel::lineSeries(const QString& key) const {
  const auto list = lines_.value(key);
  return list.isEmpty() ? nullptr : list.first();
}

QColor ChartPanel::seriesColor(const QString& key) {
  if (key.startsWith(kSumPub)) return QColor(0x15, 0x65, 0xc0);
  if (key.startsWith(kSumMin)) return QColor(0xd8, 0x1b, 0x60);
  if (key.startsWith(kSumMean)) return QColor(0x2e, 0x7d, 0x32);
  if (key.startsWith(kSumP99)) return QColor(0x6a, 0x1b, 0x9a);
  // One colour per instance: its rate, lag p50 (dashed) and p99 share it.
  const QString instance = instanceOf(key);
  if (!instanceColor_.contains(instance)) instanceColor_.insert(instance, colorIndex_++);
  return kPalette[instanceColor_.value(instance) % std::size(kPalette)];
}

QPen ChartPanel::seriesPen(const QString& key) {
  QPen pen(seriesColor(key), isSummary(key) ? 2.2 : 1.2);
  if (key.startsWith(kSumMin) || key.startsWith(QLatin1String("p50:"))) pen.setStyle(Qt::DashLine);
  return pen;
}

void ChartPanel::setSegments(const QString& key, ChartKind chart,
                             const QList<QList<QPointF>>& parts) {
  auto& list = lines_[key];
  QChart* c = chart == ChartKind::Rate ? rateChart_ : lagChart_;
  while (list.size() > std::max<qsizetype>(1, parts.size())) {
    auto* l = list.takeLast();
    c->removeSeries(l);
    delete l;
  }
  while (list.size() < std::max<qsizetype>(1, parts.size())) {
    auto* l = new QLineSeries;
    l->setName(seriesLabel(key));
    l->setPen(seriesPen(key));
    l->setUseOpenGL(openGL_);
    c->addSeries(l);
    l->attachAxis(chart == ChartKind::Rate ? rateX_ : lagX_);
    l->attachAxis(chart == ChartKind::Rate ? rateY_ : lagY_);
    // One legend entry per key: the segments after the first share it.
    if (!list.isEmpty())
      for (auto* m : c->legend()->markers(l)) m->setVisible(false);
    list.append(l);
  }
  for (int i = 0; i < list.size(); ++i)
    list[i]->replace(i < parts.size() ? parts[i] : QList<QPointF>{});
}

void ChartPanel::removeLines(const QString& key) {
  for (auto* l : lines_.take(key)) {
    l->chart()->removeSeries(l);
    delete l;
  }
  columns_.remove(key);
  signature_.remove(key);
}

QStringList ChartPanel::hoverLines(ChartKind chart, double t) const {
  QStringList out{tr("t = %1 s").arg(t, 0, 'f', 1)};
  const auto* x = chart == ChartKind::Rate ? rateX_ : lagX_;
  const double tol =
      std::max(0.75, (x->max() - x->min()) / std::max(50.0, rateChart_->plotArea().width()));
  for (const auto& key : store_.keys()) {
    const auto* s = store_.series(key);
    if (s->chart != chart || !isShown(key)) continue;
    double v = 0;
    if (ChartStore::valueAt(s->points, t, tol, &v))
      out << tr("%1: %2").arg(seriesLabel(key)).arg(v, 0, 'f', chart == ChartKind::Lag ? 2 : 0);
    else
      out << tr("%1: no data").arg(seriesLabel(key));
  }
  return out;
}

double ChartPanel::visibleSpan(double* tFirst) const {
  // Until a whole window of data exists the axis starts at the first sample and grows from
  // 30 s, so a young lab is not squeezed into the left edge of a 10 min window.
  *tFirst = store_.latestT();
  for (const auto& key : store_.keys()) {
    const auto* s = store_.series(key);
    if (!s->points.empty()) *tFirst = std::min(*tFirst, s->points.at(0).x());
  }
  // Time 0 is the first thing shown (a command's marker may come before any sample).
  if (origin_ >= 0) *tFirst = std::min(*tFirst, 0.0);
  // An experiment's plan shows ahead: the axis reaches its end (within the window).
  const double need = std::max(store_.latestT(), planEnd_) - *tFirst + 5;
  // The span grows in steps (30 s, 1, 2, 5, 10 min): each step keeps the column grid, so the
  // decimation stays incremental between steps.
  for (double step : {30.0, 60.0, 120.0, 300.0, 600.0}) {
    if (step >= need) return std::min<double>(step, windowS_);
  }
  return windowS_;
}

void ChartPanel::updateXAxis(double* t0, double* tMax, int* buckets) {
  const double width = rateChart_->plotArea().width();
  double tFirst = 0;
  const double span = visibleSpan(&tFirst);
  *buckets = std::max(50, int(width > 0 ? width : 600));
  // The right edge moves by whole pixel columns, and by at least a second (the metrics'
  // resolution): moving the axis lays out its labels and maps every series again, so it
  // happens about once a lab second whatever the window, not on every tick.
  const double column = span / *buckets;
  const double step = column * std::ceil(1.0 / column - 1e-9);
  const double latest = store_.latestT();
  *tMax = latest <= tFirst + span ? std::ceil((tFirst + span) / column) * column
                                  : std::ceil(latest / step) * step;
  *t0 = *tMax - span;
  if (rateX_->min() != *t0 || rateX_->max() != *tMax) {
    rateX_->setRange(*t0, *tMax);
    lagX_->setRange(*t0, *tMax);
  }
}

void ChartPanel::updateYAxes(double yRate, double yLag) {
  for (auto [axis, y] : {std::pair{rateY_, yRate}, std::pair{lagY_, yLag}}) {
    const double top = ChartStore::niceCeil(y * 1.1);
    if (axis->property("top").toDouble() == top) continue;
    axis->setProperty("top", top);
    axis->setRange(0, top);
    axis->applyNiceNumbers();  // ticks on round values
    axis->setLabelFormat(top <= 2    ? QStringLiteral("%.2f")
                         : top <= 20 ? QStringLiteral("%.1f")
                                     : QStringLiteral("%.0f"));
  }
}

void ChartPanel::dropGone() {
  // Instances gone for longer than the widest window leave the store (memory stays flat).
  for (const auto& k : store_.dropOlderThan(store_.latestT() - kMaxWindowS - 5)) {
    removeLines(k);
    const QString inst = instanceOf(k);
    if (isSummary(k) || store_.series(QStringLiteral("rate:") + inst)) continue;
    delete legendItems_.take(inst);
    instanceGroup_.remove(inst);
    instanceKind_.remove(inst);
    instanceNode_.remove(inst);
  }
  // Planned steps whose time has come give way to the real markers.
  markers_.removeIf([t = store_.latestT()](const ChartMarker& m) { return m.planned && m.t < t; });
}

void ChartPanel::tick() {
  if (paused_) return;
  const double width = rateChart_->plotArea().width();
  if (store_.revision() == drawnRevision_ && width == drawnWidth_) return;
  QElapsedTimer timer;
  timer.start();
  const double cpu0 = threadCpuMs();
  dropGone();
  double t0 = 0, tMax = 0;
  int buckets = 0;
  updateXAxis(&t0, &tMax, &buckets);
  const double gap = std::max(1.5, 2.05 * (tMax - t0) / buckets);
  double yRate = 0, yLag = 0;
  for (const auto& key : store_.keys()) {
    const auto* s = store_.series(key);
    if (!isShown(key)) {
      if (lines_.contains(key)) removeLines(key);
      continue;
    }
    const double y = ChartStore::decimate(*s, t0, tMax, buckets, columns_[key], scratch_);
    double& yMax = s->chart == ChartKind::Rate ? yRate : yLag;
    yMax = std::max(yMax, y);
    // Unchanged columns (same count, same last column): nothing to send to the series.
    const ColumnsSignature sig = ColumnsSignature::of(columns_[key]);
    if (lines_.contains(key) && signature_.value(key) == sig) continue;
    signature_.insert(key, sig);
    setSegments(key, s->chart, ChartStore::splitAtGaps(scratch_, gap));
  }
  updateYAxes(yRate, yLag);
  drawnRevision_ = store_.revision();
  drawnWidth_ = width;
  rateView_->viewport()->update();
  lagView_->viewport()->update();
  const double ms = timer.nsecsElapsed() / 1e6;
  tickMs_.push(ms);
  tickCpuMs_.push(threadCpuMs() - cpu0);
  ++tickCount_;
  updateInfo(ms);
}

void ChartPanel::updateInfo(double tickMs) {
  // A label's new text lays out the window around it again (its size hint may change): once a
  // second, and only when the text changed.
  if (infoAge_.isValid() && infoAge_.elapsed() < 1000) return;
  infoAge_.start();
  const QString text = tr("%1 of %2 series shown, tick %3 ms")
                           .arg(lines_.size())
                           .arg(store_.keys().size())
                           .arg(tickMs, 0, 'f', 1);
  if (info_->text() == text) return;
  info_->setText(text);
  info_->setToolTip(text);
}

bool ChartPanel::exportImage(const QString& path, int dpi, QString* error) {
  tick();
  const bool ok = renderChartViews(rateView_, lagView_, path, dpi, tr("swarmlab charts"));
  if (!ok && error) *error = tr("%1: cannot write the image file").arg(path);
  return ok;
}

void ChartPanel::clear() {
  for (const auto& key : lines_.keys()) removeLines(key);
  store_.clear();
  markers_.clear();
  sums_.clear();
  instanceColor_.clear();
  instanceKind_.clear();
  instanceGroup_.clear();
  instanceNode_.clear();
  legendItems_.clear();
  legend_->clear();
  colorIndex_ = 0;
  origin_ = -1;
  planEnd_ = 0;
  drawnRevision_ = ~0ull;
}

}  // namespace swarmlab
