import { Controller, Get, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Public, Roles } from '../../common/auth/roles.decorator';
import { AccessRulesCheck } from './access-rules.check';

@Controller('ruled')
class RuledController {
  @Get('open')
  @Public()
  open() {
    return 'ok';
  }

  @Get('staff')
  @Roles('staff')
  staffOnly() {
    return 'ok';
  }
}

@Controller('unruled')
class UnruledController {
  @Get()
  forgotten() {
    return 'ok';
  }
}

@Module({
  imports: [DiscoveryModule],
  controllers: [RuledController],
  providers: [AccessRulesCheck],
})
class RuledModule {}

@Module({
  imports: [DiscoveryModule],
  controllers: [RuledController, UnruledController],
  providers: [AccessRulesCheck],
})
class UnruledModule {}

describe('access rules', () => {
  it('lets an app start when every route says who may call it', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [RuledModule] }).compile();
    await expect(moduleRef.init()).resolves.toBeDefined();
    await moduleRef.close();
  });

  it('refuses to start an app with a route that has no access rule, naming it', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [UnruledModule] }).compile();
    await expect(moduleRef.init()).rejects.toThrow('UnruledController.forgotten');
  });
});
