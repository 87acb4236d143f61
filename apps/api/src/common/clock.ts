import { Global, Module, type DynamicModule } from '@nestjs/common';
import { todayInVietnam } from './time';

/**
 * The product's idea of "now" for business rules: which campaign is current, whether a conference
 * has started, the default day of the administrative map, the year of a serial number.
 * Security timestamps (token expiry, rate-limit windows) stay on the database's and the system's
 * real time; everything a user would call "today" comes from here, so tests can fix the day.
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today's date in Vietnam, YYYY-MM-DD. */
  today(): string {
    return todayInVietnam(this.now());
  }
}

/** The real time, in production. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until a test moves it. */
export class FixedClock extends Clock {
  private instant: number;

  constructor(instant: Date | string) {
    super();
    this.instant = new Date(instant).getTime();
  }

  now(): Date {
    return new Date(this.instant);
  }

  set(instant: Date | string): void {
    this.instant = new Date(instant).getTime();
  }

  advance(milliseconds: number): void {
    this.instant += milliseconds;
  }
}

/** Makes `Clock` injectable everywhere; the system clock unless one is given. */
@Global()
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: ClockModule,
      providers: [{ provide: Clock, useValue: clock }],
      exports: [Clock],
    };
  }
}
