// Ownership (agents/displayd): the latest subscriber still sending owns the display; a silent
// or departed owner hands it to the next latest; the order is the clients' since_ns (so it
// survives a daemon restart), ties going to the later claim.
#include <QtTest>

#include "Ownership.hpp"

using swarmlab::displayd::Ownership;

class TestOwnership : public QObject {
  Q_OBJECT
 private slots:
  void nobodyAtFirst() {
    Ownership o;
    QVERIFY(!o.ownerClient());
    QCOMPARE(o.ownerInstance(), std::string());
    QVERIFY(!o.release(1));
  }

  void latestSinceOwns() {
    Ownership o;
    QVERIFY(o.claim(1, "sub-a", 100));
    QCOMPARE(o.ownerInstance(), std::string("sub-a"));
    QVERIFY(o.claim(2, "sub-b", 200));  // started later: takes over
    QCOMPARE(o.ownerInstance(), std::string("sub-b"));
    QVERIFY(!o.claim(3, "sub-old", 50));  // started earlier: a candidate, not the owner
    QCOMPARE(o.ownerClient(), std::optional<std::uint64_t>(2));
    QVERIFY(o.isCandidate(3));
    QCOMPARE(o.candidates(), std::size_t{3});
    QVERIFY(!o.claim(2, "sub-b", 200));  // claiming again changes nothing
    QCOMPARE(o.candidates(), std::size_t{3});
  }

  void handsBackWhenTheOwnerLeaves() {
    Ownership o;
    o.claim(1, "sub-a", 100);
    o.claim(2, "sub-b", 200);
    o.claim(3, "sub-c", 150);
    QVERIFY(!o.release(3));  // not the owner
    QVERIFY(o.release(2));
    QCOMPARE(o.ownerInstance(), std::string("sub-a"));
    QVERIFY(o.release(1));
    QVERIFY(!o.ownerClient());
  }

  void reclaimAfterSilenceKeepsTheOrder() {
    // sub-b went silent (released), sub-a showed; sub-b sends again: it is the later one.
    Ownership o;
    o.claim(1, "sub-a", 100);
    o.claim(2, "sub-b", 200);
    o.release(2);
    QCOMPARE(o.ownerInstance(), std::string("sub-a"));
    QVERIFY(o.claim(2, "sub-b", 200));
    QCOMPARE(o.ownerInstance(), std::string("sub-b"));
  }

  void reconnectOrderDoesNotMatter() {
    // After a daemon restart the older subscriber may reconnect last: since_ns decides.
    Ownership o;
    o.claim(10, "sub-b", 200);
    QVERIFY(!o.claim(11, "sub-a", 100));
    QCOMPARE(o.ownerInstance(), std::string("sub-b"));
  }

  void tieGoesToTheLaterClaim() {
    Ownership o;
    o.claim(1, "sub-a", 100);
    QVERIFY(o.claim(2, "sub-a2", 100));
    QCOMPARE(o.ownerClient(), std::optional<std::uint64_t>(2));
  }
};

QTEST_GUILESS_MAIN(TestOwnership)
#include "tst_ownership.moc"
