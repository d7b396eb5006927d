// static initialization blocks run once, in order with static fields
const log = [];
class Config {
  static a = (log.push('field a'), 1);
  static {
    log.push('block 1');
    this.b = this.a + 1;
  }
  static c = (log.push('field c'), this.b * 10);
  static {
    log.push('block 2');
    Config.d = Config.c + 1;
  }
}
console.log(log);
console.log(Config.a, Config.b, Config.c, Config.d);
