#include "RunComparison.h"

#include <QHash>

#include <cmath>

#include "CsvFile.h"

namespace swarmlab {

QList<ComparisonRow> compareSummaries(const QList<Measure>& a, const QList<Measure>& b) {
  QList<ComparisonRow> rows;
  QHash<QString, int> at;
  auto rowFor = [&](const Measure& m) -> ComparisonRow& {
    auto it = at.constFind(m.name);
    if (it != at.constEnd()) return rows[*it];
    at.insert(m.name, int(rows.size()));
    rows << ComparisonRow{m.name, m.unit, std::nullopt, std::nullopt, m.paperValue};
    return rows.last();
  };
  for (const auto& m : a) rowFor(m).a = m.value;
  for (const auto& m : b) {
    ComparisonRow& r = rowFor(m);
    r.b = m.value;
    if (!r.paper) r.paper = m.paperValue;
  }
  return rows;
}

bool beatsPaper(double value, double paper, const QString& unit) {
  if (!std::isfinite(value) || !std::isfinite(paper)) return false;
  return unit == QLatin1String("1/s") ? value > paper : value < paper;
}

bool isUpdateOverlap(const QString& measure, double value) {
  const QString base = measure.section(QLatin1Char('['), 0, 0);
  return std::isfinite(value) && value < 0 &&
         (base == QLatin1String("migration_update_gap") ||
          base == QLatin1String("restart_update_gap"));
}

PaperVerdict paperVerdict(const QString& measure, double value, std::optional<double> paper,
                          const QString& unit) {
  if (isUpdateOverlap(measure, value)) return PaperVerdict::Overlap;
  if (paper && *paper != 0 && beatsPaper(value, *paper, unit)) return PaperVerdict::Beats;
  return PaperVerdict::Neither;
}

bool writeComparisonCsv(const QList<ComparisonRow>& rows, const QString& labelA,
                        const QString& labelB, const QString& path, QString* error) {
  auto cell = [](const std::optional<double>& v) {
    return v && std::isfinite(*v) ? QString::number(*v, 'g', 15) : QString();
  };
  QList<QStringList> out;
  for (const auto& r : rows)
    out << QStringList{r.measure, r.unit, cell(r.a), cell(r.b), cell(r.paper)};
  return writeCsv(path,
                  {QStringLiteral("measure"), QStringLiteral("unit"), labelA, labelB,
                   QStringLiteral("paper_value")},
                  out, error);
}

RunSeries runSeries(const RunData& run) {
  RunSeries s;
  const double t0 = double(run.startUs) / 1e6;
  for (const SecondStats& st : perSecond(run)) {
    const double x = double(st.second) - t0;
    if (st.publishData) s.publish << QPointF(x, double(st.published));
    if (!st.updates.isEmpty()) {
      double sum = 0;
      for (qint64 u : st.updates) sum += double(u);
      s.updates << QPointF(x, sum / st.updates.size());
      if (sum <= 0) continue;  // no display update that second: no lag to show
      s.lagP50Ms << QPointF(x, st.lagP50Us / 1000.0);
      s.lagP99Ms << QPointF(x, st.lagP99Us / 1000.0);
    }
  }
  for (const auto& c : run.commands) {
    if (c.kind != CommandKind::Deploy && c.kind != CommandKind::Migrate &&
        c.kind != CommandKind::Restart)
      continue;
    s.commands << qMakePair(double(c.issuedUs - run.startUs) / 1e6,
                            QStringLiteral("%1 %2").arg(toString(c.kind), c.service));
  }
  return s;
}

}  // namespace swarmlab
