#pragma once

#include <QString>

namespace lifeboat {

// How many insert workers a restore lets write at once. More writers help a server that
// writes concurrently (MongoDB); on one that writes a database one transaction at a time
// (FerretDB's SQLite backend) extra writers only wait on each other's locks and the load gets
// slower (measured: 4 writers 60 s, 2 writers 51 s for the benchmark's million documents).
// So the restore starts with two and adds one at a time while each addition raises the
// measured throughput by at least 10%; the first that does not is taken back and the number
// stays. One climb, no oscillation.
class InsertConcurrencyTuner final {
public:
    explicit InsertConcurrencyTuner(int maximum);

    int current() const { return m_current; }
    bool settled() const { return m_settled; }
    // Feeds the throughput (bytes per second, any unit) measured over the last window at
    // current() writers; returns the number of writers for the next window.
    int observe(double rate);
    // What the last change was and why, for the log; empty if nothing changed.
    QString lastChange() const { return m_lastChange; }

private:
    int m_maximum;
    int m_current;
    bool m_settled;
    bool m_justIncreased = false;
    double m_previousRate = 0;
    QString m_lastChange;
};

} // namespace lifeboat
